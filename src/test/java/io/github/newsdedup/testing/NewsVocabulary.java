package io.github.newsdedup.testing;

import java.util.List;

/**
 * Word lists and sentence templates for {@link SyntheticNewsCorpus}: invented names, places and
 * organisations, and per-topic phrase banks. Everything here was written for this project; no text
 * is taken from any news collection.
 *
 * <p>Template slots: {@code {P}} a person's full name with role, {@code {p}} a surname already
 * introduced, {@code {O}} the story's organisation, {@code {O2}} another one, {@code {L}} the
 * story's place, {@code {L2}} another place, {@code {N}} a count, {@code {M}} a sum of money,
 * {@code {PCT}} a percentage, {@code {D}} a weekday, {@code {MON}} a month, {@code {Y}} a year,
 * {@code {X}} the story's subject, {@code {Q}} a quote, {@code {E}} an expert with affiliation.
 */
final class NewsVocabulary {
  private NewsVocabulary() {}

  static final List<String> FIRST_NAMES =
      List.of(
          "Amelia",
          "Rohan",
          "Grace",
          "Tomasz",
          "Eleanor",
          "Kwame",
          "Isla",
          "Mateo",
          "Harriet",
          "Dev",
          "Olivia",
          "Callum",
          "Nadia",
          "Felix",
          "Priya",
          "Owen",
          "Saoirse",
          "Hamza",
          "Lucy",
          "Bartholomew",
          "Aisha",
          "Gareth",
          "Mei",
          "Declan",
          "Rosalind",
          "Yusuf",
          "Imogen",
          "Stefan",
          "Chloe",
          "Abdul",
          "Bethan",
          "Lars",
          "Tamsin",
          "Ifeoma",
          "Rupert",
          "Leila",
          "Hector",
          "Niamh",
          "Jonas",
          "Marguerite",
          "Ravi",
          "Edith",
          "Kofi",
          "Freya",
          "Ambrose",
          "Zara",
          "Piotr",
          "Winifred",
          "Sunil",
          "Maeve",
          "Oscar",
          "Ingrid",
          "Tariq",
          "Philippa");

  static final List<String> SURNAMES =
      List.of(
          "Hartley",
          "Okafor",
          "Pennington",
          "Valdez",
          "Whitcombe",
          "Mensah",
          "Ashworth",
          "Kowalski",
          "Fairbairn",
          "Nakamura",
          "Threlfall",
          "Adeyemi",
          "Carrick",
          "Lindqvist",
          "Moreau",
          "Blackwood",
          "Chaudhry",
          "Dunmore",
          "Esterhuizen",
          "Ferreira",
          "Galloway",
          "Haverford",
          "Iqbal",
          "Jessop",
          "Kavanagh",
          "Lomax",
          "Macready",
          "Novak",
          "Oyelaran",
          "Prendergast",
          "Quayle",
          "Rushworth",
          "Sandoval",
          "Tillotson",
          "Underhill",
          "Vasquez",
          "Wetherby",
          "Yardley",
          "Zielinski",
          "Abernethy",
          "Bramwell",
          "Cosgrove",
          "Delacroix",
          "Ellingham",
          "Fitzwilliam",
          "Grimshaw",
          "Holloway",
          "Ingleby",
          "Jardine",
          "Kettering",
          "Llewellyn",
          "Montague",
          "Northcott",
          "Ormerod",
          "Pemberton",
          "Radcliffe",
          "Stanhope",
          "Trevelyan");

  static final List<String> PLACES =
      List.of(
          "Kelsham",
          "Port Avery",
          "Dunmere",
          "Ashby Vale",
          "Carrow Bridge",
          "Fenwick",
          "Halsted",
          "Marlowe Bay",
          "Northgate",
          "Oakhurst",
          "Pellworth",
          "Quarry Hill",
          "Redfern",
          "Saltmarsh",
          "Thornbury Cross",
          "Upper Linton",
          "Westcombe",
          "Yelverton",
          "Brackenfield",
          "Glenross",
          "Hollins Green",
          "Kingsmere",
          "Lydford",
          "Millbrook",
          "Stanmoor");

  static final List<String> REGIONS =
      List.of(
          "the Marrow Valley",
          "the northern coast",
          "the Eastern Fens",
          "the Highmoor district",
          "the south-west",
          "the Midlands",
          "the river delta",
          "the border counties");

  static final List<String> WEEKDAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  static final List<String> MONTHS =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");

  static final List<String> EXPERTS =
      List.of(
          "an economist at the Institute for Fiscal Planning",
          "a senior lecturer at Kelsham University",
          "a research fellow at the Northgate Policy Centre",
          "an analyst at Brightline Securities",
          "a professor of public health at Dunmere College",
          "a former government adviser",
          "a spokesman for the Consumers' Association",
          "the director of the Rural Communities Trust",
          "a partner at the law firm Haverford Lomax",
          "a historian who has written widely on the subject");

  static final List<String> OUTLETS =
      List.of(
          "the Morning Ledger",
          "Radio Kelsham",
          "the Northern Wire",
          "a local newspaper",
          "reporters",
          "a committee of MPs",
          "the BBC",
          "journalists at a press conference");

  /** One topic: its organisations, roles, event phrases, subjects and quotes. */
  record Topic(
      String name,
      List<String> orgs,
      List<String> roles,
      List<String> subjects,
      List<String> leads,
      List<String> headlines,
      List<String> quotes,
      List<String> details,
      List<String> background) {}

  static final List<Topic> TOPICS =
      List.of(
          new Topic(
              "business",
              List.of(
                  "Norland Steel",
                  "Brightwater Energy",
                  "Calder & Finch",
                  "Pellworth Motors",
                  "the Halsted Building Society",
                  "Greyhaven Foods",
                  "Osprey Airways",
                  "Tamar Telecom",
                  "Redfern Retail Group",
                  "Stanmoor Pharmaceuticals"),
              List.of(
                  "chief executive",
                  "finance director",
                  "chairman",
                  "head of operations",
                  "a union representative",
                  "the company's founder",
                  "a senior manager"),
              List.of(
                  "the takeover",
                  "the job cuts",
                  "the profit warning",
                  "the pay dispute",
                  "the factory closure",
                  "the merger",
                  "the share price",
                  "the pension scheme"),
              List.of(
                  "{O} has announced plans to cut {N} jobs at its {L} site, blaming rising energy"
                      + " costs and a fall in orders from overseas customers.",
                  "Shares in {O} fell by {PCT} on {D} after the firm warned that annual profits"
                      + " would be well below what the City had expected.",
                  "{O} has agreed a {M} takeover by its larger rival {O2}, ending months of"
                      + " speculation about the future of the business.",
                  "Workers at {O} in {L} have voted to strike over pay, in a dispute that"
                      + " unions say could halt production for several weeks.",
                  "{O} reported a pre-tax profit of {M} for the year, up {PCT} on the previous"
                      + " twelve months, helped by strong demand in {REGION}.",
                  "{O} is to open a new distribution centre in {L}, creating about {N} jobs"
                      + " over the next three years."),
              List.of(
                  "{O} to cut {N} jobs in {L}", "{O} shares slump after profit warning",
                  "{O} agrees {M} deal with {O2}", "Strike vote at {O} {L} plant",
                  "Profits rise at {O}", "{O} plans new centre in {L}"),
              List.of(
                  "This has been an incredibly difficult decision and we have not taken it lightly",
                  "Our priority now is to support every member of staff affected by these changes",
                  "The market has simply moved faster than anyone predicted",
                  "We believe this deal creates a stronger business with a clear future",
                  "Our members have been left with no choice but to take action",
                  "These results show that the plan we set out two years ago is working",
                  "Nobody should be under any illusion about how tough the next year will be",
                  "We will be looking very carefully at the detail before making any commitment"),
              List.of(
                  "The company employs around {N} people in {REGION}, many of them at the {L}"
                      + " plant.",
                  "Analysts at {O2} said the figures were weaker than forecast and cut their"
                      + " target price for the shares.",
                  "The firm said it would try to avoid compulsory redundancies by offering"
                      + " voluntary packages and redeployment.",
                  "Its sales fell by {PCT} in the first half of the year, to {M}.",
                  "The deal still needs the approval of the competition regulator, which is"
                      + " expected to rule on it in {MON}.",
                  "Trade bodies have warned for months that high energy bills are putting"
                      + " manufacturers under severe strain.",
                  "The union said talks with management had broken down on {D} evening."),
              List.of(
                  "{O} was founded in {L} in {Y} and grew from a single workshop into one of the"
                      + " largest employers in {REGION}.",
                  "The company was bought by a group of private investors in {Y}, who promised"
                      + " at the time to protect jobs at all of its sites.",
                  "Last year {O} closed two smaller sites and moved their work to {L}, a change"
                      + " that unions said had left staff stretched and anxious.",
                  "Its chief executive has repeatedly said that the business needs to cut costs"
                      + " by {M} a year to remain competitive with rivals abroad.")),
          new Topic(
              "politics",
              List.of(
                  "the Treasury",
                  "the Ministry of Transport",
                  "the Home Office",
                  "Kelsham City Council",
                  "the Liberal Reform Party",
                  "the National Unity Party",
                  "the Department for Education",
                  "the Electoral Commission"),
              List.of(
                  "the transport secretary",
                  "the shadow chancellor",
                  "the council leader",
                  "a backbench MP",
                  "the party chairwoman",
                  "the education minister",
                  "the prime minister's spokesman"),
              List.of(
                  "the bill",
                  "the budget",
                  "the vote",
                  "the reshuffle",
                  "the inquiry",
                  "the by-election",
                  "the rail plan",
                  "the school funding formula"),
              List.of(
                  "Ministers have unveiled plans to spend {M} on new rail lines across {REGION},"
                      + " a move they say will cut journey times by a third.",
                  "The government has been defeated in a key vote on {X}, after {N} of its own"
                      + " MPs sided with the opposition.",
                  "{P} has resigned from the cabinet, saying she could no longer support the"
                      + " government's approach to {X}.",
                  "Voters in {L} go to the polls on {D} in a by-election that both main"
                      + " parties regard as a test of their standing.",
                  "{O} has announced an independent inquiry into {X}, following weeks of"
                      + " pressure from opposition parties and campaigners.",
                  "Councillors in {L} have approved a budget that includes {M} of savings and a"
                      + " rise in council tax of {PCT}."),
              List.of(
                  "{M} rail plan for {REGION}", "Government defeated on {X}",
                  "Minister quits over {X}", "{L} by-election seen as key test",
                  "Inquiry launched into {X}", "{L} council approves budget"),
              List.of(
                  "This is about giving every community the chance to share in our prosperity",
                  "The government has lost control of its own backbenches",
                  "I have served with pride but I cannot defend a policy I do not believe in",
                  "People here feel they have been forgotten for far too long",
                  "We will not be lectured by a party that left the public finances in ruins",
                  "The inquiry must be independent, transparent and properly funded",
                  "These are painful choices but the alternative would be far worse",
                  "Every vote in this constituency will count"),
              List.of(
                  "The opposition accused ministers of making promises they could not pay for.",
                  "A vote on the proposals is expected in the Commons before the summer recess.",
                  "Polls suggest the race in {L} is closer than at any point in the last decade.",
                  "The prime minister's spokesman said the government remained committed to"
                      + " the policy.",
                  "Campaigners welcomed the announcement but said it came far too late.",
                  "Turnout at the last election in the area was just over {PCT}.",
                  "The committee will take evidence from ministers and officials in {MON}."),
              List.of(
                  "The seat has been held by the same party since {Y}, but its majority fell"
                      + " sharply at the last general election.",
                  "Plans for a new line between {L} and {L2} were first drawn up in {Y} and have"
                      + " been revised several times since.",
                  "The policy was a central promise of the party's manifesto and has divided"
                      + " opinion among its MPs ever since.",
                  "Spending on local services in {REGION} has fallen by {PCT} in real terms"
                      + " over the past decade, according to independent researchers.")),
          new Topic(
              "health",
              List.of(
                  "Kelsham General Hospital",
                  "the Northgate Health Trust",
                  "the Medical Council",
                  "the Royal College of Nursing",
                  "the Ministry of Health",
                  "Dunmere Children's Hospital",
                  "the Patients' Association"),
              List.of(
                  "medical director",
                  "a consultant surgeon",
                  "the chief nurse",
                  "the health secretary",
                  "a GP",
                  "the trust's chief executive"),
              List.of(
                  "waiting times",
                  "the vaccination programme",
                  "the ward closures",
                  "the staffing shortage",
                  "the new cancer centre",
                  "ambulance response times"),
              List.of(
                  "Waiting times at {O} have reached their highest level on record, with more"
                      + " than {N} patients waiting longer than a year for treatment.",
                  "{O} is to close two of its wards over the winter because of a shortage of"
                      + " nurses, managers have confirmed.",
                  "A new cancer centre costing {M} has opened in {L}, which doctors say will"
                      + " allow thousands of patients to be treated closer to home.",
                  "Ambulance crews in {REGION} took an average of {N} minutes to reach the most"
                      + " serious calls last month, well above the national target.",
                  "Health officials have urged parents in {L} to make sure their children are"
                      + " vaccinated after a rise in cases of measles."),
              List.of(
                  "Record waits at {O}",
                  "{O} to shut wards over winter",
                  "{M} cancer centre opens in {L}",
                  "Ambulance delays in {REGION}",
                  "Vaccine warning after {L} cases"),
              List.of(
                  "Staff are working incredibly hard but demand is outstripping what we can offer",
                  "No patient should have to wait this long for treatment",
                  "This centre will make a real difference to families across the region",
                  "We are doing everything we can to recruit the staff we need",
                  "The vaccine is safe and it is the best protection we have",
                  "The figures are a stark reminder of the pressure on the service"),
              List.of(
                  "The trust said it had recruited {N} nurses from overseas in the past year.",
                  "Patients' groups said the figures showed the system was close to breaking"
                      + " point.",
                  "The health secretary is due to publish a recovery plan in {MON}.",
                  "Local MPs have written to the minister asking for emergency funding.",
                  "Doctors said the rise in demand had been driven by an ageing population.",
                  "The service received {N} calls last month, the most since records began."),
              List.of(
                  "{O} serves a population of about {N} people across {REGION} and has faced"
                      + " repeated warnings from inspectors since {Y}.",
                  "A report published in {Y} found that the hospital buildings needed repairs"
                      + " costing more than {M}, much of it to roofs and heating systems.",
                  "Staff vacancies at the trust have risen every year since {Y}, with nursing"
                      + " posts the hardest to fill.")),
          new Topic(
              "environment",
              List.of(
                  "the Environment Agency",
                  "the Coastal Trust",
                  "Brightwater Energy",
                  "the Met Office",
                  "Friends of the Fens",
                  "the Water Services Authority",
                  "Saltmarsh Parish Council"),
              List.of(
                  "a flood warden",
                  "the agency's area manager",
                  "a local resident",
                  "a campaigner",
                  "a meteorologist",
                  "the parish council chairman"),
              List.of(
                  "the floods",
                  "the wind farm",
                  "the sewage spills",
                  "the storm",
                  "the drought",
                  "the coastal erosion",
                  "the tree felling"),
              List.of(
                  "Hundreds of homes in {L} have been evacuated after the river burst its banks"
                      + " following two days of heavy rain.",
                  "Plans for a wind farm of {N} turbines off the coast near {L} have been"
                      + " approved, despite objections from residents.",
                  "Raw sewage was released into rivers in {REGION} more than {N} times last"
                      + " year, new figures show.",
                  "Storm winds of up to {N} miles per hour have brought down trees and power"
                      + " lines across {REGION}.",
                  "A hosepipe ban will come into force in {L} on {D} after the driest spring"
                      + " in the area for more than fifty years."),
              List.of(
                  "Homes evacuated as river floods {L}",
                  "Wind farm off {L} approved",
                  "Sewage spills in {REGION} rise",
                  "Storm brings down trees across {REGION}",
                  "Hosepipe ban for {L}"),
              List.of(
                  "The water came up so quickly that we had no time to move anything",
                  "This scheme will power thousands of homes with clean energy",
                  "It is simply unacceptable for rivers to be treated as open sewers",
                  "Please stay away from the coast and do not drive through flood water",
                  "We are asking everyone to use water wisely over the coming weeks",
                  "Our defences worked in most places but they were tested to the limit"),
              List.of(
                  "About {N} properties were without power on {D} morning.",
                  "The agency said it had issued {N} flood warnings across the region.",
                  "Campaigners said the figures were likely to underestimate the problem.",
                  "Forecasters said more rain was expected later in the week.",
                  "The operator said it was investing {M} to upgrade its treatment works.",
                  "Residents said they had been warning about the problem for years."),
              List.of(
                  "{L} has flooded three times since {Y}, and a {M} scheme to raise the river"
                      + " walls was delayed last year by a dispute over funding.",
                  "The coastline near {L} is among the fastest eroding in Europe, losing up to"
                      + " two metres of land a year in places.",
                  "Water companies in {REGION} were fined a total of {M} in {Y} for pollution"
                      + " incidents, a record at the time.")),
          new Topic(
              "courts",
              List.of(
                  "Kelsham Crown Court",
                  "the Court of Appeal",
                  "Northgate Police",
                  "the Crown Prosecution Service",
                  "the Serious Fraud Office",
                  "the Independent Office for Police Conduct"),
              List.of(
                  "the judge",
                  "a detective inspector",
                  "the prosecutor",
                  "the defence barrister",
                  "a police spokeswoman",
                  "the victim's mother"),
              List.of(
                  "the fraud case",
                  "the trial",
                  "the investigation",
                  "the appeal",
                  "the sentencing",
                  "the burglaries"),
              List.of(
                  "A former director of {O2} has been jailed for {N} months for a fraud that cost"
                      + " investors more than {M}.",
                  "Two men have been charged after a series of burglaries at homes in {L},"
                      + " police have said.",
                  "The trial of a man accused of setting fire to a warehouse in {L} has heard"
                      + " that he was seen near the building minutes before the blaze.",
                  "A woman who spent {N} years in prison has had her conviction quashed by"
                      + " {O}, which found the original trial was unfair.",
                  "Police in {L} have appealed for witnesses after a cash machine was ripped"
                      + " from the wall of a shop in the early hours of {D}."),
              List.of(
                  "Former director jailed over {M} fraud",
                  "Two charged over {L} burglaries",
                  "Warehouse fire trial hears evidence",
                  "Conviction quashed after {N} years",
                  "Appeal after cash machine raid in {L}"),
              List.of(
                  "You abused the trust placed in you for your own gain",
                  "I would urge anyone with information to come forward",
                  "This has been a long and painful fight for justice",
                  "The evidence against the defendant was overwhelming",
                  "We will be studying the judgment carefully",
                  "Nothing can undo the harm that was done"),
              List.of(
                  "The court heard that the money was spent on cars, holidays and a house.",
                  "Both men are due to appear before magistrates on {D}.",
                  "The jury was told the trial was expected to last {N} weeks.",
                  "The defendant denies all the charges against him.",
                  "Officers recovered a number of items during searches of two addresses.",
                  "The case was referred back to the courts by an independent review body."),
              List.of(
                  "The investigation began in {Y} after an auditor raised concerns about"
                      + " payments made through a company registered in {L2}.",
                  "The warehouse, which stored furniture for several local firms, was destroyed in"
                      + " a fire in {MON} {Y} that took more than {N} firefighters to bring under"
                      + " control.",
                  "Burglaries in {L} rose by {PCT} last year, according to figures published by"
                      + " the police in {MON}.")),
          new Topic(
              "culture",
              List.of(
                  "the Kelsham Festival",
                  "the Marlowe Theatre",
                  "the National Gallery of the North",
                  "Redfern Records",
                  "the Arts Council",
                  "the Oakhurst Film Society"),
              List.of(
                  "the festival director",
                  "the lead singer",
                  "a curator",
                  "the playwright",
                  "a film critic",
                  "the theatre's artistic director"),
              List.of(
                  "the festival",
                  "the exhibition",
                  "the album",
                  "the film premiere",
                  "the theatre restoration",
                  "the award ceremony"),
              List.of(
                  "The {O} has announced its line-up for this year, with more than {N} acts"
                      + " booked to play across four days in {MON}.",
                  "A {M} restoration of {O} has been completed, allowing the building to reopen"
                      + " after five years.",
                  "An exhibition of paintings by the artist {PN} opens at {O} on {D}, the first"
                      + " major show of her work in {N} years.",
                  "The band's new album, recorded in a converted chapel in {L}, went straight to"
                      + " number one in the charts on {D}.",
                  "A film shot entirely in {L} has won the top prize at an international"
                      + " festival, beating entries from {N} countries."),
              List.of(
                  "{O} reveals line-up",
                  "{O} reopens after {M} restoration",
                  "Exhibition celebrates {PN}",
                  "Album recorded in {L} tops charts",
                  "{L} film wins top prize"),
              List.of(
                  "We wanted a line-up that had something for absolutely everyone",
                  "Walking back into this building is like seeing an old friend again",
                  "Her work has been overlooked for far too long",
                  "We never imagined the record would connect with so many people",
                  "This prize belongs to everyone in the town who helped us make the film"),
              List.of(
                  "Tickets went on sale on {D} and more than {N} were sold in the first hour.",
                  "The building was saved after a campaign by local residents.",
                  "Critics have praised the work for its warmth and humour.",
                  "The organisers said the event would bring {M} into the local economy.",
                  "The show runs until the end of {MON}."),
              List.of(
                  "The festival began in {Y} as a single evening of folk music in a pub garden"
                      + " and now attracts visitors from across the country.",
                  "{O} opened in {Y} and was one of the first buildings in {REGION} to be lit by"
                      + " electricity.",
                  "The artist grew up in {L} and studied at the local art school before moving"
                      + " to {L2} in the {Y}s.")),
          new Topic(
              "sport",
              List.of(
                  "Kelsham Rovers",
                  "Port Avery Athletic",
                  "Northgate City",
                  "Marlowe Bay RFC",
                  "the Football League",
                  "Westcombe Cricket Club",
                  "the Rowing Federation"),
              List.of(
                  "the manager",
                  "the club captain",
                  "the head coach",
                  "the chairman",
                  "a club spokesman",
                  "the striker"),
              List.of(
                  "the cup final",
                  "the relegation battle",
                  "the transfer",
                  "the new stadium",
                  "the managerial search",
                  "the title race"),
              List.of(
                  "{O} reached the cup final for the first time in {N} years with a dramatic"
                      + " win over {O2} on {D} night.",
                  "{O} have sacked their manager after a run of {N} games without a win left"
                      + " the club close to the relegation places.",
                  "Plans for a {M} stadium for {O} on the edge of {L} have been submitted to the"
                      + " council.",
                  "{O} have signed the striker {PN} for a club record fee reported to be {M}.",
                  "{O} moved to the top of the table with a comfortable win at {L}, their"
                      + " {N}th victory of the season."),
              List.of(
                  "{O} reach cup final",
                  "{O} sack manager",
                  "{O} unveil {M} stadium plan",
                  "{O} sign striker for record fee",
                  "{O} go top"),
              List.of(
                  "The players showed tremendous character tonight",
                  "This is a results business and the results have not been good enough",
                  "The new stadium will secure the future of this club for generations",
                  "I could not be happier to be joining such a famous club",
                  "We take nothing for granted and the next game is all that matters"),
              List.of(
                  "The winning goal came deep into stoppage time.",
                  "The club said a search for a replacement would begin immediately.",
                  "The ground would hold up to {N} supporters.",
                  "The player has signed a contract until the end of the {Y} season.",
                  "A crowd of more than {N} watched the match."),
              List.of(
                  "{O} were founded in {Y} by workers at a local mill and have played at the same"
                      + " ground for more than a century.",
                  "The club was taken over by a consortium of local businessmen in {Y}, who"
                      + " promised to return it to the top flight within five years.",
                  "Attendances at the club have risen by {PCT} since {Y}, the highest growth in the"
                      + " division.")));

  /** Sentences about people, usable in any topic. */
  static final List<String> GENERIC =
      List.of(
          "\"{Q},\" {P} said.",
          "{P} told {OUTLET}: \"{Q}.\"",
          "Speaking on {D}, {p} added: \"{Q}.\"",
          "{P} said the announcement had come as [a shock|a surprise|no surprise|a relief] to"
              + " [many people|families|businesses|staff|some residents] in {L}.",
          "{P} [warned|insisted|admitted|claimed|suggested|argued] that {CLAUSE}.",
          "[Some|Many|A number of] [residents|campaigners|local businesses|observers] [fear|believe"
              + "|hope|doubt] that {CLAUSE}.",
          "{E}, said {CLAUSE}.",
          "{E}, said it was too early to judge the full impact of {X}.",
          "{O} did not respond to a request for comment.",
          "In a statement, {O} said it remained committed to working with the community in {L}.",
          "The announcement comes {N} weeks after {O2} set out similar plans.",
          "It is the latest in a series of setbacks for {O} this year.",
          "Residents in {L} said they had been given little information about {X}.",
          "{E}, told {OUTLET} that the decision reflected wider pressures across {REGION}.",
          "According to figures seen by {OUTLET}, the cost could rise to {M}.",
          "Critics say {X} has been badly handled from the start, while supporters argue that"
              + " there was no realistic alternative.",
          "Further details are expected to be published in {MON}.",
          "{p} said there would be a full review of what had happened.",
          "Asked whether {X} could have been avoided, {p} said: \"{Q}.\"",
          "The latest figures cover the twelve months to the end of {MON}.",
          "A spokeswoman for {O2} said it was aware of the situation and was monitoring it"
              + " closely.");

  /** Subordinate clauses for {@code {CLAUSE}}: picked and filled independently. */
  static final List<String> CLAUSES =
      List.of(
          "{X} would [cost|affect|delay|harm|benefit|change] [thousands of families|local"
              + " businesses|the wider economy|services in {L}|people across {REGION}] [for years"
              + " to come|in the short term|unless action was taken|by the end of {MON}|more than"
              + " expected]",
          "[ministers|managers|officials|the authorities|the owners] had [ignored|underestimated"
              + "|misjudged|failed to plan for|been slow to respond to] [the warnings|the risks|the"
              + " scale of the problem|local concerns|the cost]",
          "[the plans|the changes|the proposals|the figures|the findings] [were|looked|seemed]"
              + " [a step in the right direction|long overdue|deeply worrying|hard to"
              + " justify|only the beginning]",
          "[it|the situation|the outlook] could [improve|get worse|change quickly|stabilise] [if"
              + " demand recovers|over the winter|once the review is complete|before {MON}|in the"
              + " coming months]",
          "{N} [jobs|homes|families|patients|pupils|businesses] [could be|had already been|were"
              + " likely to be] affected",
          "the cost of {X} had [doubled|risen to {M}|been kept secret|not been made public|been"
              + " underestimated]",
          "[talks|discussions|negotiations|meetings] with {O2} [would continue|had stalled|were"
              + " going well|had been postponed] [until {MON}|for now|despite the setback|after a"
              + " difficult week]",
          "[a decision|an announcement|a ruling|a final vote] on {X} [was unlikely|could come"
              + "|would be made|was expected] [before {MON}|within weeks|later this year|after the"
              + " summer]",
          "{L} [had been|was|would be] [hit harder than|affected more than|better protected"
              + " than|treated differently from] [most places|neighbouring towns|{L2}|other parts"
              + " of {REGION}]");

  /** Quote frames for {@code {QC}}: quotes built from parts, rarely repeated between articles. */
  static final List<String> QUOTE_FRAMES =
      List.of(
          "We [are|remain] [determined|committed|ready|doing everything we can] to [protect|support"
              + "|stand up for|deliver for|listen to] [jobs|families|the community|our members"
              + "|patients|local people|everyone affected] [in {L}|across {REGION}|over the coming"
              + " months|whatever happens next]",
          "[Nobody|No one|Not a single person] [here|in {L}|on the board|in government] [wanted"
              + "|expected|asked for|could have predicted] [this outcome|a decision like this"
              + "|things to turn out this way|{X} to go this far]",
          "[The|These|Today's] [figures|findings|events|decisions] [speak for themselves|should"
              + " worry all of us|are a wake-up call|prove we were right|tell only part of the"
              + " story]",
          "[I|We] [have been|were] [clear|consistent|honest|open] [from the start|throughout"
              + "|with everyone involved|with staff and the public] [that|about how] {CLAUSE}",
          "[It is|This is|That would be] [far too early|not the time|simply wrong|premature] to"
              + " [talk about|rule out|speculate about|draw conclusions about] {X}",
          "[People|Families|Workers|Residents] [deserve|need|want|are asking for] [answers|a"
              + " proper explanation|certainty|better than this] [and they deserve them now|from"
              + " {O}|before {MON}|without further delay]");

  /** Comment lines posted under articles. */
  static final List<String> COMMENTS =
      List.of(
          "Absolutely disgraceful, nobody is ever held to account.",
          "I live just down the road and nobody told us anything about this.",
          "Same old story, different year.",
          "Good news at last! Well done to everyone involved.",
          "Who is actually paying for all of this? We are, as usual.",
          "Has anyone checked whether these figures are even correct?",
          "My dad worked there for thirty years. Very sad to read this.",
          "This was obvious to anyone paying attention.",
          "Can't believe it took them this long.",
          "Let's wait and see what actually happens before getting excited.",
          "The comments on here never fail to amaze me.",
          "Typical. Promises before the election, nothing after.",
          "Fair play to them, not an easy decision.",
          "Does anyone know if this affects the people on the east side of town?",
          "Another day, another u-turn.",
          "I have been saying this for years and nobody listened.",
          "Thanks for reporting this, the national papers ignored it.",
          "Sounds like a lot of spin to me.");

  /** Stock UK to US spelling changes applied by light edits. */
  static final List<String[]> US_SPELLINGS =
      List.of(
          new String[] {"organisation", "organization"},
          new String[] {"programme", "program"},
          new String[] {"centre", "center"},
          new String[] {"labour", "labor"},
          new String[] {"favour", "favor"},
          new String[] {"colour", "color"},
          new String[] {"defence", "defense"},
          new String[] {"realise", "realize"},
          new String[] {"per cent", "percent"},
          new String[] {"neighbour", "neighbor"},
          new String[] {"theatre", "theater"},
          new String[] {"travelling", "traveling"},
          new String[] {"councillor", "councilor"});

  /** Synonym swaps applied by light edits (whole words, lower case). */
  static final List<String[]> SYNONYMS =
      List.of(
          new String[] {"said", "stated"},
          new String[] {"about", "around"},
          new String[] {"told", "informed"},
          new String[] {"rise", "increase"},
          new String[] {"plans", "proposals"},
          new String[] {"shock", "surprise"},
          new String[] {"people", "residents"},
          new String[] {"expected", "set"},
          new String[] {"more than", "over"},
          new String[] {"cut", "reduce"},
          new String[] {"help", "assist"},
          new String[] {"start", "beginning"},
          new String[] {"latest", "most recent"},
          new String[] {"firm", "company"},
          new String[] {"big", "large"},
          new String[] {"show", "reveal"},
          new String[] {"following", "after"},
          new String[] {"around", "roughly"});
}
