import { describe, expect, it } from "vitest";
import { messages, notificationMessage, translator } from "@koers/i18n";
import { NotificationKind } from "../../../../server/generated/prisma/enums.js";

const nl = translator("nl");
const en = translator("en");

describe("notificationMessage", () => {
  it("writes due dates and deadlines out in the reader's language", () => {
    expect(notificationMessage(nl, "nl", "action_overdue", { action: "Buurtapp", dueDate: "2026-09-30" })).toBe(
      "De actie „Buurtapp” had op 30 september 2026 klaar moeten zijn",
    );
    expect(notificationMessage(en, "en", "action_overdue", { action: "Neighbourhood app", dueDate: "2026-09-30" })).toBe(
      "The action “Neighbourhood app” was due on 30 September 2026",
    );
    expect(notificationMessage(nl, "nl", "update_requested", { actor: "Rana de Raad", action: "Buurtapp", deadline: "2027-01-05" })).toBe(
      "Rana de Raad vraagt u om een voortgangsupdate van „Buurtapp” vóór 5 januari 2027",
    );
    expect(notificationMessage(en, "en", "update_requested", { actor: "Rana", action: "App", deadline: "2027-01-05" })).toContain("by 5 January 2027");
  });

  it("keeps a date on its calendar day whatever the time zone (no shift to the day before)", () => {
    expect(notificationMessage(nl, "nl", "action_overdue", { action: "A", dueDate: "2026-01-01" })).toContain("1 januari 2026");
  });

  it("names a signal's status with its label, in both languages", () => {
    expect(notificationMessage(nl, "nl", "signal_status", { signal: "Te weinig speelplekken", status: "in_review" })).toBe(
      "Uw signaal „Te weinig speelplekken” heeft een nieuwe status: In behandeling",
    );
    expect(notificationMessage(en, "en", "signal_status", { signal: "Too few playgrounds", status: "became_action" })).toBe(
      "Your signal “Too few playgrounds” has a new status: Turned into an action",
    );
  });

  it("says who raised a signal, for which organisation if any, in which domain", () => {
    const signal = { signal: "Onveilige oversteek bij de Horizon", domain: "Veiligheid" };
    const partner = { actor: "Pieter Partner", organisation: "Brede School De Horizon" };
    expect(notificationMessage(nl, "nl", "signal_raised", { ...signal, ...partner })).toBe(
      "Pieter Partner (Brede School De Horizon) bracht een signaal in over Veiligheid: „Onveilige oversteek bij de Horizon”",
    );
    expect(notificationMessage(en, "en", "signal_raised", { ...partner, signal: "Unsafe crossing", domain: "Veiligheid" })).toBe(
      "Pieter Partner (Brede School De Horizon) raised a signal about Veiligheid: “Unsafe crossing”",
    );
    // Someone who speaks for no organisation: their name alone.
    expect(notificationMessage(nl, "nl", "signal_raised", { ...signal, actor: "Mila Meelezer" })).toBe(
      "Mila Meelezer bracht een signaal in over Veiligheid: „Onveilige oversteek bij de Horizon”",
    );
    expect(notificationMessage(en, "en", "signal_raised", { actor: "Mila", signal: "Benches", domain: "Veiligheid" })).toBe("Mila raised a signal about Veiligheid: “Benches”");
    expect(nl("notifications.mail.subjects.signal_raised", { title: "Bankjes" })).toBe("Nieuw signaal: „Bankjes”");
    expect(en("notifications.mail.subjects.signal_raised", { title: "Benches" })).toBe("New signal: “Benches”");
  });

  it("tells of progress on a commitment and of its fulfilment, in both languages", () => {
    const commitment = { organisation: "Brede School De Horizon", action: "Ouderavonden over schermgebruik" };
    expect(notificationMessage(nl, "nl", "commitment_reported", commitment)).toBe(
      "Brede School De Horizon meldde voortgang op de toezegging voor „Ouderavonden over schermgebruik”",
    );
    expect(notificationMessage(en, "en", "commitment_reported", commitment)).toBe(
      "Brede School De Horizon reported progress on its commitment to “Ouderavonden over schermgebruik”",
    );
    expect(notificationMessage(nl, "nl", "commitment_fulfilled", commitment)).toBe(
      "De toezegging van Brede School De Horizon voor „Ouderavonden over schermgebruik” is nagekomen",
    );
    expect(notificationMessage(en, "en", "commitment_fulfilled", commitment)).toBe(
      "The commitment of Brede School De Horizon to “Ouderavonden over schermgebruik” was fulfilled",
    );
    expect(nl("notifications.mail.subjects.commitment_reported", { title: "Ouderavonden" })).toBe("Voortgang van een toezegging: „Ouderavonden”");
    expect(en("notifications.mail.subjects.commitment_reported", { title: "Parent evenings" })).toBe("Progress on a commitment: “Parent evenings”");
    expect(nl("notifications.mail.subjects.commitment_fulfilled", { title: "Ouderavonden" })).toBe("Toezegging nagekomen: „Ouderavonden”");
    expect(en("notifications.mail.subjects.commitment_fulfilled", { title: "Parent evenings" })).toBe("Commitment fulfilled: “Parent evenings”");
  });

  it("fills the names and titles of every kind, without HTML escaping", () => {
    const made = notificationMessage(nl, "nl", "made_owner", { actor: "Anouk <Ambtenaar>", action: "Sport & spel" });
    expect(made).toBe("Anouk <Ambtenaar> maakte u eigenaar van de actie „Sport & spel”");
    expect(notificationMessage(en, "en", "commitment_declined", { organisation: "De Horizon", action: "Loket", reason: "No capacity" })).toBe(
      "The commitment of De Horizon to “Loket” was declined: No capacity",
    );
  });

  it("has a sentence and a mail subject for every kind in both languages, naming the same values", () => {
    const kinds = Object.keys((messages.nl.notifications as Record<string, Record<string, string>>).kinds!);
    // Every kind the database can hold (the Prisma enum), and no other.
    expect(kinds.sort()).toEqual(Object.values(NotificationKind).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const kind of kinds) {
      const nlText = nl(`notifications.kinds.${kind}`);
      expect(placeholders(nlText), kind).toEqual(placeholders(en(`notifications.kinds.${kind}`)));
      expect(nl(`notifications.mail.subjects.${kind}`, { title: "X" }), kind).toContain("X");
      expect(en(`notifications.mail.subjects.${kind}`, { title: "X" }), kind).toContain("X");
    }
  });
});
