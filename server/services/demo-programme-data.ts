/*
 * The demo council programme of the fictional Gemeente Lindeveen: domains, goals, indicators
 * with their measurements, and actions with progress updates. Plain data; seedDemoProgramme
 * in demo-programme.ts writes it to the database. Dates are calendar days ("YYYY-MM-DD").
 *
 * Deliberate gaps, so the gap analysis and the dashboard have something to show: one goal
 * without actions (jongeren naar werk of opleiding), one goal without indicators (jong en oud),
 * two actions without owner, two without due date, some open actions past their due date on
 * 2026-11-23, and one indicator moving away from its target.
 */
import type { ActionStatus, IndicatorDirection } from "@koers/domain";

export type DemoDomainKey = "onderwijs" | "gezondheid" | "veiligheid" | "ruimte";

export type DemoGoalKey =
  | "schoolverlaters"
  | "werkOfOpleiding"
  | "sport"
  | "vroegeHulp"
  | "politiecontact"
  | "jongEnOud"
  | "huurachterstand"
  | "thuisInDeBuurt";

/** Which demo person plays a part; the seed maps these to user ids. */
export type DemoPerson = "council" | "civilServant" | "admin";

export type DemoProgramme = { title: string; termStart: string; termEnd: string; status: "consultation" };

export type DemoDomain = { key: DemoDomainKey; name: string; description: string };

export type DemoGoal = { key: DemoGoalKey; domain: DemoDomainKey; title: string; description: string };

export type DemoIndicator = {
  goal: DemoGoalKey;
  name: string;
  unit: string;
  direction: IndicatorDirection;
  baseline: { value: number; date: string };
  target: { value: number; date: string };
  source: string;
  measurements: { date: string; value: number; note?: string }[];
};

export type DemoActionUpdate = { date: string; status: ActionStatus; text: string; author: DemoPerson };

export type DemoAction = {
  domain: DemoDomainKey;
  /** Other domains the action touches besides its primary one. */
  alsoTouches?: DemoDomainKey[];
  goals: DemoGoalKey[];
  title: string;
  description: string;
  owner: DemoPerson | null;
  status: ActionStatus;
  startDate: string | null;
  dueDate: string | null;
  /** Whole euros; null when no budget is set aside yet. */
  budgetEuro: number | null;
  tags: string[];
  updates?: DemoActionUpdate[];
};

export const DEMO_PROGRAMME: DemoProgramme = {
  title: "Raadsprogramma 2026–2030: Samen sterker in Lindeveen",
  termStart: "2026-04-01",
  termEnd: "2030-03-31",
  status: "consultation",
};

/** In the order of the chapters. */
export const DEMO_DOMAINS: DemoDomain[] = [
  {
    key: "onderwijs",
    name: "Onderwijs",
    description:
      "Scholen zijn de plek waar we bijna elk kind en gezin zien. We maken heldere afspraken met het onderwijs, zodat zorgen over een leerling snel en op de goede plek terechtkomen.",
  },
  {
    key: "gezondheid",
    name: "Gezondheid",
    description:
      "Publieke gezondheid in de volle breedte: sport, vrije tijd en medisch. Sportclubs, huisartsen en jeugdartsen werken met ons samen om hulpvragen op te vangen voordat zwaardere zorg nodig is.",
  },
  {
    key: "veiligheid",
    name: "Veiligheid",
    description:
      "Een veilige buurt voor jong en oud. Politie, jongerenwerk en bewoners pakken overlast samen aan en zoeken eerst het gesprek.",
  },
  {
    key: "ruimte",
    name: "Ruimtelijk domein",
    description:
      "Wonen en de openbare ruimte dragen bij aan een sociaal Lindeveen: plekken waar mensen elkaar ontmoeten en afspraken met de corporatie zodat niemand door een huurschuld op straat belandt.",
  },
];

export const DEMO_GOALS: DemoGoal[] = [
  {
    key: "schoolverlaters",
    domain: "onderwijs",
    title: "Minder voortijdig schoolverlaters en thuiszitters",
    description:
      "Elke jongere zit op een school die bij hem of haar past. In 2030 verlaat hooguit 1,2% van de leerlingen de school zonder startkwalificatie en zitten er hooguit vier kinderen langer dan vier weken thuis zonder onderwijs.",
  },
  {
    key: "werkOfOpleiding",
    domain: "onderwijs",
    title: "Meer jongeren vinden na school een opleiding, leerbaan of werk",
    description:
      "Minder jongeren tussen 16 en 27 jaar die zonder diploma, werk of opleiding thuiszitten. Het aantal stage- en leerbanen in de regio staat onder druk.",
  },
  {
    key: "sport",
    domain: "gezondheid",
    title: "Meer kinderen en jongeren die sporten en bewegen",
    description:
      "Sporten is gezond en verbindt. We willen dat in 2030 zeven op de tien kinderen lid zijn van een sportclub, ook als het gezin weinig te besteden heeft.",
  },
  {
    key: "vroegeHulp",
    domain: "gezondheid",
    title: "Hulpvragen eerder in beeld, minder zware jeugdhulp",
    description:
      "Huisartsen, jeugdartsen, scholen en het sociaal team zien zorgen vroeg en weten de weg naar lichte ondersteuning in de wijk, zodat minder kinderen zware jeugdhulp nodig hebben.",
  },
  {
    key: "politiecontact",
    domain: "veiligheid",
    title: "Minder jongeren met herhaald politiecontact",
    description:
      "We richten ons op de kleine groep jongeren die steeds opnieuw met de politie in aanraking komt, en op de overlast die buurtbewoners daarvan ervaren.",
  },
  {
    key: "jongEnOud",
    domain: "veiligheid",
    title: "Jong en oud begrijpen elkaar beter",
    description:
      "Ouderen voelen zich minder snel onveilig door groepjes jongeren, en jongeren voelen zich gehoord in hun buurt. Hoe we dit meten, moet de raad nog bepalen.",
  },
  {
    key: "huurachterstand",
    domain: "ruimte",
    title: "Minder huisuitzettingen door huurachterstand",
    description:
      "Een huurschuld is vaak het eerste zichtbare teken van grotere problemen. Samen met Woonstichting Lindewoningen willen we het aantal ontruimingen om huurachterstand terugbrengen tot hooguit drie per jaar.",
  },
  {
    key: "thuisInDeBuurt",
    domain: "ruimte",
    title: "Meer inwoners voelen zich thuis in hun buurt",
    description:
      "Plekken om elkaar te ontmoeten, te spelen en te bewegen maken dat mensen elkaar kennen en naar elkaar omkijken. We meten dit in de tweejaarlijkse burgerpeiling en tellen de ontmoetingsplekken.",
  },
];

export const DEMO_INDICATORS: DemoIndicator[] = [
  {
    goal: "schoolverlaters",
    name: "Voortijdig schoolverlaters (nieuwe vsv'ers)",
    unit: "%",
    direction: "lower_is_better",
    baseline: { value: 1.9, date: "2022-10-01" },
    target: { value: 1.2, date: "2030-03-31" },
    source: "DUO / Waarstaatjegemeente.nl",
    measurements: [
      { date: "2023-10-01", value: 1.8 },
      { date: "2024-10-01", value: 1.7 },
      { date: "2025-10-01", value: 1.55 },
      { date: "2026-10-01", value: 1.45, note: "Voorlopig cijfer; het definitieve cijfer volgt in het voorjaar." },
    ],
  },
  {
    goal: "schoolverlaters",
    name: "Thuiszitters (langer dan vier weken geen onderwijs)",
    unit: "aantal",
    direction: "lower_is_better",
    baseline: { value: 14, date: "2022-08-01" },
    target: { value: 4, date: "2030-03-31" },
    source: "Leerplicht Lindeveen",
    measurements: [
      { date: "2023-08-01", value: 13 },
      { date: "2024-08-01", value: 11 },
      { date: "2025-08-01", value: 11 },
      { date: "2026-08-01", value: 10, note: "Vier van de tien wachten op een plek in het speciaal onderwijs." },
    ],
  },
  {
    goal: "werkOfOpleiding",
    name: "Jongeren (16–27 jaar) zonder startkwalificatie, werk of opleiding",
    unit: "aantal",
    direction: "lower_is_better",
    baseline: { value: 88, date: "2023-01-01" },
    target: { value: 60, date: "2030-01-01" },
    source: "RMC-regio Lindeveen e.o.",
    measurements: [
      { date: "2024-01-01", value: 94 },
      { date: "2025-01-01", value: 101 },
      { date: "2026-01-01", value: 107, note: "Minder leerbanen bij regionale werkgevers." },
    ],
  },
  {
    goal: "sport",
    name: "Kinderen (4–12 jaar) lid van een sportvereniging",
    unit: "%",
    direction: "higher_is_better",
    baseline: { value: 61, date: "2023-01-01" },
    target: { value: 70, date: "2030-01-01" },
    source: "Sportvereniging Lindeveen en ledenadministraties clubs",
    measurements: [
      { date: "2024-01-01", value: 62.5 },
      { date: "2025-01-01", value: 64 },
      { date: "2026-01-01", value: 66 },
    ],
  },
  {
    goal: "sport",
    name: "Jongeren (klas 2 en 4) die minstens één keer per week sporten",
    unit: "%",
    direction: "higher_is_better",
    baseline: { value: 68, date: "2022-11-01" },
    target: { value: 75, date: "2029-11-01" },
    source: "GGD Jeugdmonitor",
    measurements: [
      { date: "2023-11-01", value: 67 },
      { date: "2024-11-01", value: 68.5 },
      { date: "2025-11-01", value: 68 },
    ],
  },
  {
    goal: "vroegeHulp",
    name: "Jongeren tot 18 jaar met jeugdhulp",
    unit: "%",
    direction: "lower_is_better",
    baseline: { value: 12.8, date: "2022-12-31" },
    target: { value: 10.5, date: "2029-12-31" },
    source: "CBS / Waarstaatjegemeente.nl",
    measurements: [
      { date: "2023-12-31", value: 12.9 },
      { date: "2024-12-31", value: 12.4 },
      { date: "2025-12-31", value: 12.0 },
      { date: "2026-06-30", value: 11.8, note: "Halfjaarcijfer." },
    ],
  },
  {
    goal: "politiecontact",
    name: "Jongeren (12–23 jaar) met drie of meer politieregistraties in een jaar",
    unit: "aantal",
    direction: "lower_is_better",
    baseline: { value: 46, date: "2023-01-01" },
    target: { value: 30, date: "2030-01-01" },
    source: "Politie basisteam Lindeveen-Noord",
    measurements: [
      { date: "2024-01-01", value: 44 },
      { date: "2025-01-01", value: 39 },
      { date: "2026-01-01", value: 36 },
    ],
  },
  {
    goal: "politiecontact",
    name: "Meldingen van jeugdoverlast",
    unit: "per 1.000 inwoners",
    direction: "lower_is_better",
    baseline: { value: 6.4, date: "2022-01-01" },
    target: { value: 4.5, date: "2030-01-01" },
    source: "Politie basisteam Lindeveen-Noord",
    measurements: [
      { date: "2023-01-01", value: 6.1 },
      { date: "2024-01-01", value: 6.3 },
      { date: "2025-01-01", value: 5.9 },
      { date: "2026-01-01", value: 6.0 },
    ],
  },
  {
    goal: "huurachterstand",
    name: "Ontruimingen wegens huurachterstand",
    unit: "aantal",
    direction: "lower_is_better",
    baseline: { value: 11, date: "2022-01-01" },
    target: { value: 3, date: "2030-01-01" },
    source: "Woonstichting Lindewoningen",
    measurements: [
      { date: "2023-01-01", value: 9 },
      { date: "2024-01-01", value: 8 },
      { date: "2025-01-01", value: 6 },
      { date: "2026-01-01", value: 5 },
    ],
  },
  {
    goal: "huurachterstand",
    name: "Huurders met twee maanden of meer huurachterstand",
    unit: "per 1.000 huurhuishoudens",
    direction: "lower_is_better",
    baseline: { value: 18, date: "2023-01-01" },
    target: { value: 12, date: "2030-01-01" },
    source: "Woonstichting Lindewoningen",
    measurements: [
      { date: "2024-01-01", value: 17.5 },
      { date: "2025-01-01", value: 17.8 },
      { date: "2026-01-01", value: 17.1 },
    ],
  },
  {
    goal: "thuisInDeBuurt",
    name: "Inwoners die zich thuis voelen in hun buurt",
    unit: "%",
    direction: "higher_is_better",
    baseline: { value: 71, date: "2022-03-01" },
    target: { value: 78, date: "2030-03-01" },
    source: "Burgerpeiling / Waarstaatjegemeente.nl",
    measurements: [
      { date: "2023-03-01", value: 72 },
      { date: "2024-03-01", value: 72 },
      { date: "2025-03-01", value: 74 },
      { date: "2026-03-01", value: 75 },
    ],
  },
  {
    goal: "thuisInDeBuurt",
    name: "Ontmoetings- en speelplekken voor alle leeftijden",
    unit: "aantal",
    direction: "higher_is_better",
    baseline: { value: 5, date: "2023-01-01" },
    target: { value: 14, date: "2030-01-01" },
    source: "Gemeente Lindeveen, beheer openbare ruimte",
    measurements: [
      { date: "2024-01-01", value: 6 },
      { date: "2025-01-01", value: 7 },
      { date: "2026-01-01", value: 9 },
    ],
  },
];

export const DEMO_ACTIONS: DemoAction[] = [
  // Onderwijs
  {
    domain: "onderwijs",
    alsoTouches: ["gezondheid"],
    goals: ["schoolverlaters", "vroegeHulp"],
    title: "Eén aanspreekpunt bij de gemeente voor scholen met zorgvragen",
    description:
      "Elke school krijgt één vaste contactpersoon bij de gemeente, die binnen twee werkdagen reageert. Signalen die verder gaan dan de klas komen zo direct bij het sociaal team terecht. Het doel is dat een leerling lichte steun krijgt lang voordat een maatwerkvoorziening nodig is.",
    owner: "civilServant",
    status: "in_progress",
    startDate: "2026-04-01",
    dueDate: "2026-12-31",
    budgetEuro: 85_000,
    tags: ["voorliggend veld", "jeugd", "vroegsignalering"],
    updates: [
      {
        date: "2026-06-15",
        status: "in_progress",
        text: "De contactpersoon is aangesteld en heeft kennisgemaakt met zes van de negen basisscholen. De drie scholen in Lindeveen-Zuid volgen na de zomer.",
        author: "civilServant",
      },
      {
        date: "2026-10-20",
        status: "in_progress",
        text: "Alle scholen weten het aanspreekpunt te vinden: sinds september kwamen er 23 vragen binnen, waarvan 19 binnen twee werkdagen zijn opgepakt.",
        author: "civilServant",
      },
    ],
  },
  {
    domain: "onderwijs",
    goals: ["schoolverlaters"],
    title: "Vastleggen wie wat doet tussen scholen en gemeente",
    description:
      "Gemeente, schoolbesturen en het samenwerkingsverband passend onderwijs beschrijven samen wie verantwoordelijk is voor welke ondersteuning. Een school weet daarna welke route ze volgt als een probleem buiten het onderwijs ligt.",
    owner: "council",
    status: "done",
    startDate: "2026-04-01",
    dueDate: "2026-09-30",
    budgetEuro: 15_000,
    tags: ["samenwerkingsafspraken", "jeugd"],
    updates: [
      {
        date: "2026-09-24",
        status: "done",
        text: "De werkafspraken zijn door alle schoolbesturen ondertekend en staan op de website van het samenwerkingsverband. Evaluatie volgt na een schooljaar.",
        author: "council",
      },
    ],
  },
  {
    domain: "onderwijs",
    goals: ["vroegeHulp"],
    title: "Meldcode-training voor leerkrachten en intern begeleiders",
    description:
      "Leerkrachten oefenen met het signaleren van huiselijk geweld en kindermishandeling en met de stappen van de meldcode, tot en met het inschakelen van Veilig Thuis. De training wordt elk jaar herhaald voor nieuwe collega's.",
    owner: "civilServant",
    status: "planned",
    startDate: "2027-01-15",
    dueDate: "2027-06-30",
    budgetEuro: 40_000,
    tags: ["meldcode", "vroegsignalering", "jeugd"],
  },
  {
    domain: "onderwijs",
    goals: ["schoolverlaters"],
    title: "Maandelijks thuiszittersoverleg met leerplicht en jeugdarts",
    description:
      "Leerplicht, de jeugdarts van de GGD en de betrokken scholen bespreken elke maand iedere leerling die langer dan twee weken niet naar school gaat. Per kind wordt één regisseur afgesproken en een datum waarop het weer les krijgt.",
    owner: "civilServant",
    status: "in_progress",
    startDate: "2026-05-01",
    dueDate: "2026-10-31",
    budgetEuro: 60_000,
    tags: ["thuiszitters", "jeugd"],
    updates: [
      {
        date: "2026-09-10",
        status: "in_progress",
        text: "Het overleg draait, maar de vaste jeugdarts is met zwangerschapsverlof en de vervanging is nog niet geregeld. De opleverdatum van oktober halen we niet.",
        author: "civilServant",
      },
    ],
  },
  {
    domain: "onderwijs",
    goals: ["jongEnOud"],
    title: "Lesprogramma gemeenschappelijk burgerschap voor groep 7 en 8",
    description:
      "Basisscholen en gemeente ontwikkelen samen lessen over meedoen in je gemeente, met een bezoek aan de raadzaal en een gastles van de wijkagent. Leerlingen bedenken zelf een voorstel voor hun buurt.",
    owner: "council",
    status: "proposed",
    startDate: "2027-09-01",
    dueDate: "2028-07-15",
    budgetEuro: 30_000,
    tags: ["burgerschap", "jeugd"],
  },
  {
    domain: "onderwijs",
    goals: ["thuisInDeBuurt"],
    title: "Bibliotheek als leerplek voor taal en digitale vaardigheden",
    description:
      "Bibliotheek Lindeveen opent een Taalhuis en een wekelijks digitaal spreekuur in de wijkcentra. Ouders die moeite hebben met lezen of met DigiD krijgen daar hulp van vrijwilligers, zonder aanmelding of wachtlijst.",
    owner: "civilServant",
    status: "in_progress",
    startDate: "2026-06-01",
    dueDate: "2027-12-31",
    budgetEuro: 120_000,
    tags: ["laaggeletterdheid", "digitale vaardigheden", "wijkgericht"],
  },
  {
    domain: "onderwijs",
    goals: ["schoolverlaters"],
    title: "Regionale afspraken over ondersteuning in het speciaal onderwijs",
    description:
      "Met de buurgemeenten en het samenwerkingsverband maken we afspraken over wie de zorg in het speciaal (voortgezet) onderwijs betaalt en organiseert. Zo hoeft geen leerling thuis te zitten omdat partijen het over de rekening oneens zijn.",
    owner: "council",
    status: "blocked",
    startDate: "2026-04-15",
    dueDate: "2026-10-31",
    budgetEuro: null,
    tags: ["passend onderwijs", "regio"],
    updates: [
      {
        date: "2026-10-08",
        status: "blocked",
        text: "Het samenwerkingsverband wordt gereorganiseerd en kan pas in het voorjaar weer afspraken maken. De wethouder agendeert dit in het regionaal overleg.",
        author: "council",
      },
    ],
  },
  {
    domain: "onderwijs",
    goals: ["schoolverlaters", "vroegeHulp"],
    title: "Schoolmaatschappelijk werk op elke school voor voortgezet onderwijs",
    description:
      "Op beide middelbare scholen komt een vaste schoolmaatschappelijk werker die leerlingen en ouders zonder verwijzing kan spreken. Die werker is ook de verbinding met het sociaal team.",
    owner: "civilServant",
    status: "planned",
    startDate: "2027-01-01",
    dueDate: "2029-12-31",
    budgetEuro: 240_000,
    tags: ["voorliggend veld", "jeugd"],
  },

  // Gezondheid
  {
    domain: "gezondheid",
    alsoTouches: ["onderwijs"],
    goals: ["vroegeHulp"],
    title: "Multidisciplinair overleg met huisartsen, jeugdartsen en sociaal team",
    description:
      "Elke zes weken zitten huisartsen, jeugdartsen, een intern begeleider en het sociaal team per wijk aan tafel. Ze bespreken waar signalen blijven liggen en spreken af wie wat oppakt, voordat er formele hulp nodig is.",
    owner: "civilServant",
    status: "in_progress",
    startDate: "2026-04-01",
    dueDate: "2027-03-31",
    budgetEuro: 70_000,
    tags: ["MDO", "voorliggend veld", "wijkgericht"],
    updates: [
      {
        date: "2026-06-30",
        status: "in_progress",
        text: "Het eerste overleg in Lindeveen-Noord is gehouden met drie huisartsenpraktijken. Afgesproken is dat huisartsen voortaan rechtstreeks de wijkcoach kunnen bellen.",
        author: "civilServant",
      },
      {
        date: "2026-11-05",
        status: "in_progress",
        text: "Inmiddels draait het overleg in drie van de vier wijken. Huisartsenpraktijk Het Plein verwees dit kwartaal twaalf gezinnen naar het voorliggend veld in plaats van naar jeugdhulp.",
        author: "civilServant",
      },
    ],
  },
  {
    domain: "gezondheid",
    goals: ["vroegeHulp"],
    title: "Praktijkondersteuner jeugd bij elke huisartsenpraktijk",
    description:
      "Elke huisartsenpraktijk krijgt een praktijkondersteuner jeugd die gezinnen een paar gesprekken biedt en zo nodig doorverwijst naar het voorliggend veld. De gemeente betaalt de formatie en de huisartsen leveren de werkplek.",
    owner: "council",
    status: "in_progress",
    startDate: "2026-05-01",
    dueDate: "2027-12-31",
    budgetEuro: 310_000,
    tags: ["huisartsen", "jeugd", "preventie"],
    updates: [
      {
        date: "2026-09-15",
        status: "in_progress",
        text: "Twee van de vier praktijken hebben een praktijkondersteuner jeugd. Voor de andere twee loopt de werving; er zijn weinig kandidaten.",
        author: "civilServant",
      },
    ],
  },
  {
    domain: "gezondheid",
    alsoTouches: ["onderwijs"],
    goals: ["sport", "vroegeHulp"],
    title: "Sportverenigingen als preventieve partner",
    description:
      "Clubs die hun trainers laten scholen in het herkennen van zorgen bij kinderen, krijgen een hogere subsidie en een verenigingscoach. De trainer weet daarna bij wie hij een zorg kan neerleggen.",
    owner: "council",
    status: "in_progress",
    startDate: "2026-04-01",
    dueDate: "2028-12-31",
    budgetEuro: 180_000,
    tags: ["sport", "preventie", "voorliggend veld"],
    updates: [
      {
        date: "2026-10-01",
        status: "in_progress",
        text: "Vijf verenigingen doen mee, waaronder Sportvereniging Lindeveen; 34 trainers volgden de eerste scholingsavond.",
        author: "civilServant",
      },
    ],
  },
  {
    domain: "gezondheid",
    alsoTouches: ["veiligheid"],
    goals: ["sport", "jongEnOud"],
    title: "Jong en oud samen sporten op het sportpark",
    description:
      "Sportvereniging Lindeveen en de gemeente starten een wekelijks uur waarop senioren en jongeren tegelijk en met elkaar sporten, van walking football tot jeu de boules. Jongeren helpen bij de begeleiding en verdienen daarmee hun maatschappelijke stage.",
    owner: "civilServant",
    status: "planned",
    startDate: "2027-03-01",
    dueDate: "2027-10-31",
    budgetEuro: 35_000,
    tags: ["sport", "ontmoeting", "ouderen", "jeugd"],
  },
  {
    domain: "gezondheid",
    goals: ["sport"],
    title: "Sportfonds voor kinderen uit gezinnen met een laag inkomen",
    description:
      "Het sportfonds betaalt contributie en sportkleding voor kinderen uit gezinnen tot 130% van het sociaal minimum. Aanvragen kan via school, de huisarts of het sociaal team, zonder stapel formulieren.",
    owner: "civilServant",
    status: "done",
    startDate: "2026-04-01",
    dueDate: "2026-07-01",
    budgetEuro: 95_000,
    tags: ["sport", "armoede", "jeugd"],
    updates: [
      {
        date: "2026-07-03",
        status: "done",
        text: "De nieuwe regeling geldt sinds 1 juli. In de eerste week kwamen 41 aanvragen binnen, de meeste via school.",
        author: "civilServant",
      },
    ],
  },
  {
    domain: "gezondheid",
    goals: ["vroegeHulp"],
    title: "Ouderavonden over alcohol en drugs met horeca en bibliotheek",
    description:
      "Ouders van tieners krijgen een rondleiding bij een lokale horecazaak en voorlichting over wat jongeren drinken en gebruiken. De bibliotheek organiseert vervolgavonden over opvoeden in de puberteit.",
    owner: null,
    status: "proposed",
    startDate: "2027-02-01",
    dueDate: "2027-12-31",
    budgetEuro: 20_000,
    tags: ["preventie", "alcohol", "ouders"],
  },
  {
    domain: "gezondheid",
    goals: ["vroegeHulp"],
    title: "Inloopspreekuur mentale gezondheid in het jongerencentrum",
    description:
      "Jongeren kunnen zonder afspraak terecht bij een GGD-verpleegkundige en een jongerenwerker als ze somber of gestrest zijn. Wie meer nodig heeft, wordt warm overgedragen aan de huisarts of het sociaal team.",
    owner: "civilServant",
    status: "planned",
    startDate: "2027-01-01",
    dueDate: null,
    budgetEuro: 65_000,
    tags: ["mentale gezondheid", "jeugd", "preventie"],
  },

  // Veiligheid
  {
    domain: "veiligheid",
    alsoTouches: ["ruimte"],
    goals: ["politiecontact"],
    title: "Politie en jongerenwerk pakken buurtoverlast samen aan",
    description:
      "De wijkagent en het jongerenwerk lopen samen rondes langs plekken waar overlast wordt gemeld en kennen de jongeren bij naam. Per groep stellen ze een plan op, en de gemeente past waar nodig verlichting of inrichting van de plek aan.",
    owner: "council",
    status: "in_progress",
    startDate: "2026-04-01",
    dueDate: "2027-06-30",
    budgetEuro: 150_000,
    tags: ["jeugd", "overlast", "wijkgericht"],
    updates: [
      {
        date: "2026-08-28",
        status: "in_progress",
        text: "Sinds juni lopen wijkagent en jongerenwerkers twee avonden per week samen. Bij het winkelcentrum De Linde daalden de meldingen deze zomer met een derde.",
        author: "civilServant",
      },
    ],
  },
  {
    domain: "veiligheid",
    alsoTouches: ["onderwijs", "gezondheid"],
    goals: ["politiecontact", "schoolverlaters"],
    title: "Persoonsgerichte aanpak voor jongeren met herhaald politiecontact",
    description:
      "Voor elke jongere die drie keer of vaker met de politie in aanraking kwam, maken politie, leerplicht, jongerenwerk en jeugdhulp één gezamenlijk plan. Eén regisseur houdt het overzicht en spreekt ook de ouders aan.",
    owner: "civilServant",
    status: "in_progress",
    startDate: "2026-04-01",
    dueDate: "2026-09-30",
    budgetEuro: 220_000,
    tags: ["jeugd", "persoonsgerichte aanpak", "zorg en veiligheid"],
    updates: [
      {
        date: "2026-10-02",
        status: "in_progress",
        text: "Er zijn plannen voor 18 van de 36 jongeren. Het delen van gegevens tussen politie en jeugdhulp kostte meer tijd dan verwacht; een privacyconvenant ligt nu ter tekening.",
        author: "civilServant",
      },
    ],
  },
  {
    domain: "veiligheid",
    alsoTouches: ["ruimte"],
    goals: ["jongEnOud"],
    title: "Gesprekstafels tussen ouderen en jongeren in de wijkcentra",
    description:
      "In elk wijkcentrum schuiven ouderen en jongeren een paar keer per jaar aan tafel, onder begeleiding van jongerenwerk en de wijkagent. Ouderen vertellen wat hen onrustig maakt en jongeren laten zien hoe hun dag eruitziet.",
    owner: "civilServant",
    status: "planned",
    startDate: "2027-01-01",
    dueDate: "2027-06-30",
    budgetEuro: 25_000,
    tags: ["ontmoeting", "ouderen", "jeugd"],
  },
  {
    domain: "veiligheid",
    goals: ["jongEnOud"],
    title: "Cameratoezicht op het Stationsplein",
    description:
      "Tijdelijke camera's op het Stationsplein om overlast in de avonduren tegen te gaan. Voorgesteld na klachten van omwonenden.",
    owner: "council",
    status: "dropped",
    startDate: "2026-05-01",
    dueDate: "2026-12-31",
    budgetEuro: null,
    tags: ["overlast"],
    updates: [
      {
        date: "2026-06-12",
        status: "dropped",
        text: "Niet doorgegaan: uit de buurtschouw bleek dat betere verlichting en aanwezigheid van het jongerenwerk meer opleveren. Het geld gaat naar de gezamenlijke rondes van politie en jongerenwerk.",
        author: "council",
      },
    ],
  },
  {
    domain: "veiligheid",
    goals: ["jongEnOud", "thuisInDeBuurt"],
    title: "Buurtbemiddeling in alle wijken",
    description:
      "Getrainde vrijwilligers helpen buren die ruzie hebben over geluid, parkeren of de kinderen om er samen uit te komen. Politie en corporatie verwijzen door voordat een conflict escaleert.",
    owner: "civilServant",
    status: "in_progress",
    startDate: "2026-04-01",
    dueDate: "2027-03-31",
    budgetEuro: 55_000,
    tags: ["wijkgericht", "vrijwilligers"],
  },
  {
    domain: "veiligheid",
    goals: ["politiecontact"],
    title: "Jongeren weerbaar maken tegen criminele ronselaars",
    description:
      "Op scholen en in het jongerencentrum leren jongeren hoe ronselaars voor drugskoerierswerk te werk gaan en hoe ze nee zeggen. Ouders krijgen tips om signalen te herkennen.",
    owner: null,
    status: "proposed",
    startDate: "2027-09-01",
    dueDate: "2028-12-31",
    budgetEuro: 45_000,
    tags: ["ondermijning", "jeugd", "preventie"],
  },
  {
    domain: "veiligheid",
    goals: ["jongEnOud", "politiecontact"],
    title: "Jongerenpanel denkt mee over veiligheid in de wijk",
    description:
      "Een panel van twintig jongeren geeft twee keer per jaar advies aan de burgemeester over plekken waar zij zich onveilig voelen en over plannen voor de openbare ruimte.",
    owner: "council",
    status: "planned",
    startDate: "2027-01-01",
    dueDate: "2029-12-31",
    budgetEuro: null,
    tags: ["participatie", "jeugd"],
  },

  // Ruimtelijk domein
  {
    domain: "ruimte",
    alsoTouches: ["gezondheid"],
    goals: ["huurachterstand"],
    title: "Huurachterstand vroeg signaleren met Woonstichting Lindewoningen",
    description:
      "Zodra een huurder één maand achterloopt, geeft Lindewoningen dat door aan het sociaal team. Binnen twee weken volgt een huisbezoek om samen te kijken naar geldzorgen en wat erachter zit.",
    owner: "civilServant",
    status: "in_progress",
    startDate: "2026-04-01",
    dueDate: "2027-03-31",
    budgetEuro: 90_000,
    tags: ["vroegsignalering", "schulden", "wonen"],
    updates: [
      {
        date: "2026-07-15",
        status: "in_progress",
        text: "Het convenant met Lindewoningen is getekend. In juni kwamen de eerste 27 signalen binnen; bij 19 huishoudens is een huisbezoek afgelegd.",
        author: "civilServant",
      },
      {
        date: "2026-11-10",
        status: "in_progress",
        text: "Drie op de vier gezinnen die we bezochten hebben nu een betalingsregeling. De Adviesraad Sociaal Domein beoordeelt in december hoe huurders het huisbezoek hebben ervaren.",
        author: "civilServant",
      },
    ],
  },
  {
    domain: "ruimte",
    goals: ["huurachterstand"],
    title: "Geen huisuitzetting zonder huisbezoek",
    description:
      "Gemeente en Lindewoningen spreken af dat er geen ontruiming om huurschuld komt voordat het sociaal team op bezoek is geweest. Voor gezinnen met kinderen geldt: nee, tenzij.",
    owner: "council",
    status: "done",
    startDate: "2026-04-01",
    dueDate: "2026-06-30",
    budgetEuro: null,
    tags: ["wonen", "schulden"],
    updates: [
      {
        date: "2026-06-01",
        status: "done",
        text: "De afspraak is opgenomen in de prestatieafspraken met Lindewoningen en geldt sinds 1 juni.",
        author: "council",
      },
    ],
  },
  {
    domain: "ruimte",
    goals: ["huurachterstand", "thuisInDeBuurt"],
    title: "Inloopspreekuur geldzaken in de wijkcentra",
    description:
      "Elke week kunnen inwoners in hun eigen wijkcentrum langs met post, rekeningen en vragen over toeslagen. Vrijwilligers helpen direct; schuldhulp schuift aan als het nodig is.",
    owner: "civilServant",
    status: "in_progress",
    startDate: "2026-09-01",
    dueDate: "2027-08-31",
    budgetEuro: 75_000,
    tags: ["schulden", "wijkgericht", "vrijwilligers"],
  },
  {
    domain: "ruimte",
    alsoTouches: ["gezondheid", "veiligheid"],
    goals: ["thuisInDeBuurt", "jongEnOud"],
    title: "Ontmoetings- en speelplekken voor alle leeftijden",
    description:
      "We richten negen plekken in de openbare ruimte opnieuw in zodat jong en oud er samen komen: een pannakooi naast een jeu-de-boulesbaan, bankjes in de schaduw en beweegtoestellen voor ouderen. Bewoners ontwerpen elke plek mee.",
    owner: "council",
    status: "in_progress",
    startDate: "2026-06-01",
    dueDate: "2029-12-31",
    budgetEuro: 1_200_000,
    tags: ["openbare ruimte", "ontmoeting", "wijkgericht"],
    updates: [
      {
        date: "2026-10-28",
        status: "in_progress",
        text: "De eerste twee plekken, aan de Beukenlaan en bij basisschool De Horizon, zijn klaar. Voor het Kerkplein lopen de bewonersavonden nog.",
        author: "civilServant",
      },
    ],
  },
  {
    domain: "ruimte",
    alsoTouches: ["gezondheid", "veiligheid"],
    goals: ["thuisInDeBuurt"],
    title: "Voorliggend veld meewegen in het omgevingsplan",
    description:
      "Bij elk nieuw gebiedsplan onder de Omgevingswet toetsen we of er ruimte is voor ontmoeten, bewegen en een veilige buurt. GGD en politie adviseren vroeg in het ontwerp, niet pas bij de vergunning.",
    owner: "council",
    status: "planned",
    startDate: "2027-01-01",
    dueDate: "2028-06-30",
    budgetEuro: null,
    tags: ["omgevingswet", "gezonde leefomgeving"],
  },
  {
    domain: "ruimte",
    alsoTouches: ["onderwijs", "gezondheid"],
    goals: ["sport", "thuisInDeBuurt"],
    title: "Groene schoolpleinen die na schooltijd openblijven",
    description:
      "Vier schoolpleinen worden groen en uitdagend ingericht en blijven na schooltijd open als speelplek voor de buurt. Scholen, ouders en kinderen ontwerpen mee; de gemeente betaalt aanleg en onderhoud.",
    owner: "civilServant",
    status: "planned",
    startDate: "2027-04-01",
    dueDate: "2029-09-30",
    budgetEuro: 360_000,
    tags: ["openbare ruimte", "bewegen", "jeugd"],
  },
  {
    domain: "ruimte",
    goals: ["thuisInDeBuurt"],
    title: "Wijkbudget voor bewonersinitiatieven",
    description:
      "Elke wijk krijgt een eigen budget waarover bewoners samen beslissen, bijvoorbeeld voor een buurtmoestuin of een straatfeest. De aanvraag past op één kantje.",
    owner: "council",
    status: "proposed",
    startDate: null,
    dueDate: null,
    budgetEuro: 100_000,
    tags: ["participatie", "wijkgericht"],
  },
  {
    domain: "ruimte",
    goals: ["huurachterstand"],
    title: "Woonplekken voor jongeren die uit de jeugdhulp komen",
    description:
      "Met Lindewoningen reserveren we elk jaar tien woningen voor achttienjarigen die de jeugdhulp of een pleeggezin verlaten. Een woonbegeleider helpt het eerste jaar met huur, post en geld.",
    owner: "civilServant",
    status: "planned",
    startDate: "2027-01-01",
    dueDate: "2028-12-31",
    budgetEuro: 140_000,
    tags: ["wonen", "jeugd", "18-/18+"],
  },
];
