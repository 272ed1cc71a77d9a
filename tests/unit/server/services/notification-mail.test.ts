import { describe, expect, it } from "vitest";
import { digestMail, singleNotificationMail, type MailedNotification } from "../../../../server/services/notification-mail.js";

const lindeveen = { id: "m1", name: "Gemeente Lindeveen", slug: "lindeveen" };
const oosterwold = { id: "m2", name: "Gemeente Oosterwold", slug: "oosterwold" };
const anne = { email: "anne@example.test", name: "Anne", locale: "nl" };

const made = (title: string, createdAt: string, municipality = lindeveen): MailedNotification => ({
  kind: "made_owner",
  params: { actor: "Anouk Ambtenaar", action: title },
  link: `/g/${municipality.slug}/acties/a-${title.length}`,
  createdAt: new Date(createdAt),
  municipality,
});

describe("singleNotificationMail", () => {
  it("has a short subject, the inbox sentence, an absolute link and the way to the preferences", () => {
    const mail = singleNotificationMail(anne, made("Eén loket voor zorgvragen van scholen", "2026-11-24T08:00:00Z"), "https://koers.lindeveen.nl/");
    expect(mail.to).toBe("anne@example.test");
    expect(mail.subject).toBe("Koers: U bent eigenaar van „Eén loket voor zorgvragen van scholen”");
    expect(mail.text).toContain("Beste Anne,");
    expect(mail.text).toContain("Anouk Ambtenaar maakte u eigenaar van de actie „Eén loket voor zorgvragen van scholen”.");
    expect(mail.text).toContain("https://koers.lindeveen.nl/g/lindeveen/acties/a-37\n");
    expect(mail.text).toContain("https://koers.lindeveen.nl/g/lindeveen/meldingen/voorkeuren");
    expect(mail.text).toContain("Gemeente Lindeveen");
  });

  it("cuts a long title in the subject, and writes English to English readers", () => {
    const long = "Een heel lange titel van een actie die maar doorgaat en doorgaat tot ver voorbij vijftig tekens";
    const mail = singleNotificationMail({ ...anne, locale: "en" }, made(long, "2026-11-24T08:00:00Z"), "http://localhost:3000");
    expect(mail.subject.startsWith("Koers: You own “Een heel lange")).toBe(true);
    expect(mail.subject.length).toBeLessThan(75);
    expect(mail.subject).toContain("…”");
    expect(mail.text).toContain("Dear Anne,");
    expect(mail.text).toContain(`Anouk Ambtenaar made you the owner of the action “${long}”.`);
  });

  it("does not put a second full stop after a reason that has one", () => {
    const mail = singleNotificationMail(
      anne,
      { ...made("x", "2026-11-24T08:00:00Z"), kind: "commitment_declined", params: { organisation: "De Horizon", action: "Loket", reason: "Geen ruimte." } },
      "http://k",
    );
    expect(mail.text).toContain("afgewezen: Geen ruimte.\n");
    expect(mail.text).not.toContain("..");
    expect(mail.subject).toBe("Koers: Toezegging afgewezen: „Loket”");
  });
});

describe("digestMail", () => {
  it("lists every notification grouped by municipality, each with its absolute link", () => {
    const mail = digestMail(
      anne,
      [
        made("Oost later", "2026-11-23T15:00:00Z", oosterwold),
        made("Linde later", "2026-11-23T12:00:00Z"),
        made("Linde eerst", "2026-11-23T08:00:00Z"),
      ],
      "https://koers.example",
    );
    expect(mail.subject).toBe("Koers: uw dagelijkse overzicht (3 meldingen)");
    const text = mail.text;
    expect(text).toContain("Sinds uw vorige overzicht zijn er 3 nieuwe meldingen voor u in Koers.");
    const order = ["Gemeente Lindeveen", "„Linde eerst”", "„Linde later”", "Gemeente Oosterwold", "„Oost later”"].map((part) => text.indexOf(part));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain("- Anouk Ambtenaar maakte u eigenaar van de actie „Linde eerst”.\n  https://koers.example/g/lindeveen/acties/a-11");
    expect(text).toContain("Alle meldingen in Gemeente Oosterwold: https://koers.example/g/oosterwold/meldingen");
    expect(text).toContain("https://koers.example/g/lindeveen/meldingen/voorkeuren");
  });

  it("says one notification in the singular, in English too", () => {
    const mail = digestMail({ ...anne, locale: "en" }, [made("One", "2026-11-23T08:00:00Z")], "https://k");
    expect(mail.subject).toBe("Koers: your daily summary (1 notification)");
    expect(mail.text).toContain("there is 1 new notification");
  });
});
