#include "extract/quotes/lexicon.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "common/strings.h"

namespace news::lexicon {

namespace {

// Speech verbs by lemma with their inflected forms (base, 3rd person, past, participle -ing),
// UK and US spellings. Tier A of quotes.md 2.2 may introduce direct quotes; tier B only reports.
struct VerbForms {
  std::string_view forms;  // space-separated; the -ing forms are the participles
  CueStrength strength;
};

constexpr std::array kVerbs = {
    VerbForms{"say says said saying", CueStrength::kDirect},
    VerbForms{"tell tells told telling", CueStrength::kDirect},
    VerbForms{"add adds added adding", CueStrength::kDirect},
    VerbForms{"ask asks asked asking", CueStrength::kDirect},
    VerbForms{"reply replies replied replying", CueStrength::kDirect},
    VerbForms{"respond responds responded responding", CueStrength::kDirect},
    VerbForms{"insist insists insisted insisting", CueStrength::kDirect},
    VerbForms{"explain explains explained explaining", CueStrength::kDirect},
    VerbForms{"note notes noted noting", CueStrength::kDirect},
    VerbForms{"write writes wrote writing", CueStrength::kDirect},
    VerbForms{"tweet tweets tweeted tweeting", CueStrength::kDirect},
    VerbForms{"post posts posted posting", CueStrength::kReported},
    VerbForms{"state states stated stating", CueStrength::kDirect},
    VerbForms{"declare declares declared declaring", CueStrength::kDirect},
    VerbForms{"announce announces announced announcing", CueStrength::kDirect},
    VerbForms{"claim claims claimed claiming", CueStrength::kDirect},
    VerbForms{"argue argues argued arguing", CueStrength::kDirect},
    VerbForms{"warn warns warned warning", CueStrength::kDirect},
    VerbForms{"urge urges urged urging", CueStrength::kDirect},
    VerbForms{"admit admits admitted admitting", CueStrength::kDirect},
    VerbForms{"acknowledge acknowledges acknowledged acknowledging", CueStrength::kDirect},
    VerbForms{"concede concedes conceded conceding", CueStrength::kDirect},
    VerbForms{"confirm confirms confirmed confirming", CueStrength::kDirect},
    VerbForms{"deny denies denied denying", CueStrength::kDirect},
    VerbForms{"stress stresses stressed stressing", CueStrength::kDirect},
    VerbForms{
        "emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing",
        CueStrength::kDirect},
    VerbForms{"recall recalls recalled recalling", CueStrength::kDirect},
    VerbForms{"quip quips quipped quipping", CueStrength::kDirect},
    VerbForms{"exclaim exclaims exclaimed exclaiming", CueStrength::kDirect},
    VerbForms{"comment comments commented commenting", CueStrength::kDirect},
    VerbForms{"remark remarks remarked remarking", CueStrength::kDirect},
    VerbForms{"predict predicts predicted predicting", CueStrength::kDirect},
    VerbForms{"promise promises promised promising", CueStrength::kDirect},
    VerbForms{"vow vows vowed vowing", CueStrength::kDirect},
    VerbForms{"testify testifies testified testifying", CueStrength::kDirect},
    VerbForms{"continue continues continued continuing", CueStrength::kReported},
    VerbForms{"suggest suggests suggested suggesting", CueStrength::kDirect},
    VerbForms{"complain complains complained complaining", CueStrength::kDirect},
    VerbForms{"joke jokes joked joking", CueStrength::kDirect},
    VerbForms{"boast boasts boasted boasting", CueStrength::kDirect},
    VerbForms{"shout shouts shouted shouting", CueStrength::kDirect},
    VerbForms{"recount recounts recounted recounting", CueStrength::kReported},
    VerbForms{"mention mentions mentioned mentioning", CueStrength::kReported},
    VerbForms{"observe observes observed observing", CueStrength::kDirect},
    VerbForms{"report reports reported reporting", CueStrength::kReported},
    VerbForms{"accuse accuses accused accusing", CueStrength::kReported},
    VerbForms{"allege alleges alleged alleging", CueStrength::kReported},
    VerbForms{"blame blames blamed blaming", CueStrength::kReported},
    VerbForms{
        "criticise criticises criticised criticising criticize criticizes criticized criticizing",
        CueStrength::kReported},
    VerbForms{"condemn condemns condemned condemning", CueStrength::kReported},
    VerbForms{"denounce denounces denounced denouncing", CueStrength::kReported},
    VerbForms{"disclose discloses disclosed disclosing", CueStrength::kReported},
    VerbForms{"reveal reveals revealed revealing", CueStrength::kReported},
    VerbForms{"maintain maintains maintained maintaining", CueStrength::kReported},
    VerbForms{"contend contends contended contending", CueStrength::kReported},
    VerbForms{"estimate estimates estimated estimating", CueStrength::kReported},
    VerbForms{"indicate indicates indicated indicating", CueStrength::kReported},
    VerbForms{"point", CueStrength::kReported},
    VerbForms{"reiterate reiterates reiterated reiterating", CueStrength::kDirect},
    VerbForms{"assure assures assured assuring", CueStrength::kReported},
    VerbForms{"inform informs informed informing", CueStrength::kReported},
    VerbForms{"describe describes described describing", CueStrength::kReported},
    VerbForms{"dismiss dismisses dismissed dismissing", CueStrength::kReported},
    VerbForms{"counter counters countered countering", CueStrength::kDirect},
    VerbForms{"retort retorts retorted retorting", CueStrength::kDirect},
    VerbForms{"concur concurs concurred concurring", CueStrength::kReported},
    VerbForms{"reckon reckons reckoned", CueStrength::kReported},
    VerbForms{"laugh laughed", CueStrength::kDirect},
    VerbForms{"demand demands demanded demanding", CueStrength::kDirect},
    VerbForms{"call calls called calling", CueStrength::kReported},
    VerbForms{"scold scolds scolded scolding", CueStrength::kDirect},
    VerbForms{"bemoan bemoans bemoaned bemoaning", CueStrength::kReported},
    VerbForms{"charge charges charged charging", CueStrength::kReported},
    VerbForms{"insinuate insinuates insinuated", CueStrength::kReported},
    VerbForms{"caution cautions cautioned cautioning", CueStrength::kDirect},
    VerbForms{"vowed", CueStrength::kDirect},
    VerbForms{"assert asserts asserted asserting", CueStrength::kDirect},
    VerbForms{"proclaim proclaims proclaimed proclaiming", CueStrength::kDirect},
    VerbForms{"lament laments lamented lamenting", CueStrength::kDirect},
    VerbForms{"mock mocks mocked mocking", CueStrength::kReported},
    VerbForms{"slam slams slammed slamming", CueStrength::kReported},
    VerbForms{"blast blasts blasted blasting", CueStrength::kReported},
    VerbForms{"praise praises praised praising", CueStrength::kReported},
    VerbForms{"question questions questioned questioning", CueStrength::kReported},
    VerbForms{"answer answers answered answering", CueStrength::kDirect},
    VerbForms{"wonder wonders wondered wondering", CueStrength::kReported},
    VerbForms{"speculate speculates speculated speculating", CueStrength::kReported},
    VerbForms{"sigh sighed", CueStrength::kDirect},
    // More verbs of saying from GGT's list and news usage (issue 14, kind 6).
    VerbForms{"muse muses mused musing", CueStrength::kDirect},
    VerbForms{"pledge pledges pledged pledging", CueStrength::kReported},
    VerbForms{"grumble grumbles grumbled grumbling", CueStrength::kDirect},
    VerbForms{"protest protests protested protesting", CueStrength::kDirect},
    VerbForms{"confide confides confided confiding", CueStrength::kDirect},
    VerbForms{"reason reasons reasoned reasoning", CueStrength::kDirect},
    VerbForms{"enthuse enthuses enthused enthusing", CueStrength::kDirect},
    VerbForms{"agree agrees agreed agreeing", CueStrength::kReported},
    VerbForms{"clarify clarifies clarified clarifying", CueStrength::kDirect},
    VerbForms{"remind reminds reminded reminding", CueStrength::kReported},
    VerbForms{"plead pleads pleaded pleading", CueStrength::kReported},
    VerbForms{"elaborate elaborates elaborated elaborating", CueStrength::kDirect},
    VerbForms{"whisper whispers whispered whispering", CueStrength::kDirect},
    VerbForms{"mutter mutters muttered muttering", CueStrength::kDirect},
    VerbForms{"chide chides chided chiding", CueStrength::kDirect},
    VerbForms{"rebut rebuts rebutted rebutting", CueStrength::kReported},
    VerbForms{"reassure reassures reassured reassuring", CueStrength::kReported},
    VerbForms{"opine opines opined opining", CueStrength::kDirect},
    VerbForms{"hint hints hinted hinting", CueStrength::kReported},
    VerbForms{"recite recites recited reciting", CueStrength::kReported},
    VerbForms{"confess confesses confessed confessing", CueStrength::kDirect},
    // "spoke of", "talked about": no -ing forms, which open asides ("speaking at a rally").
    VerbForms{"speak speaks spoke", CueStrength::kReported},
    VerbForms{"talk talks talked", CueStrength::kReported},
};

// Keyed by views into kVerbs' string literals, so lookups need no allocation.
const std::unordered_map<std::string_view, Cue>& cue_table() {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string_view, Cue>();
    for (const auto& verb : kVerbs) {
      for (auto form : split(verb.forms, " "))
        (*map)[form] = Cue{verb.strength, form.ends_with("ing")};
    }
    return map;
  }();
  return *table;
}

std::string without_final_dot(std::string_view word) {
  if (word.ends_with('.')) word.remove_suffix(1);
  return std::string(word);
}

}  // namespace

std::optional<Cue> speech_cue(std::string_view lower_word) {
  const auto& table = cue_table();
  const auto it = table.find(lower_word);
  if (it == table.end()) return std::nullopt;
  return it->second;
}

std::optional<Gender> honorific(std::string_view word) {
  static const std::unordered_map<std::string_view, Gender> kHonorifics = {
      {"Mr", Gender::kMale},
      {"Sir", Gender::kMale},
      {"Lord", Gender::kMale},
      {"Mrs", Gender::kFemale},
      {"Ms", Gender::kFemale},
      {"Miss", Gender::kFemale},
      {"Lady", Gender::kFemale},
      {"Dame", Gender::kFemale},
      {"Baroness", Gender::kFemale},
      {"Dr", Gender::kUnknown},
      {"Prof", Gender::kUnknown},
      {"Professor", Gender::kUnknown},
      {"Rev", Gender::kUnknown},
      {"Mx", Gender::kUnknown},
      {"Messrs", Gender::kMale},
      {"Reverend", Gender::kUnknown},
      // "the Rt Rev Michael Scott-Joynt", "the Rt Hon Jack Straw": Right Reverend, Right
      // Honourable.
      {"Rt", Gender::kUnknown},
      {"Hon", Gender::kUnknown}};
  // "Del. Stacey Plaskett": a US delegate to Congress; without the dot "Del" is a given name.
  if (word == "Del.") return Gender::kUnknown;
  const auto it = kHonorifics.find(without_final_dot(word));
  if (it == kHonorifics.end()) return std::nullopt;
  return it->second;
}

namespace {

// Common given names across English-language news, then by region the names of the people it
// quotes from elsewhere (so "Thabo Mokoena" is as plainly a person as "John Smith"). A name
// missing here is still a name, it only lacks the sign of one. Names that are also everyday words,
// places, titles or months ("Hope", "Jordan", "Sheikh", "Azar") are left out. A name given to
// boys and girls alike ("Kim", "Teboho") is in both sets: a given name with no gender hint.
const std::unordered_set<std::string_view>& male_given_names() {
  static const std::unordered_set<std::string_view> kMale = {
      "Aaron", "Adam", "Adrian", "Ahmed", "Alan", "Alastair", "Albert", "Alberto", "Alex",
      "Alexander", "Alexei", "Alfred", "Ali", "Alistair", "Andre", "Andrea", "Andrew", "Andy",
      "Angus", "Anthony", "Antonio", "Arthur", "Arsene", "Barack", "Barry", "Ben", "Benjamin",
      "Bernard", "Bernie", "Bill", "Billy", "Bob", "Boris", "Brian", "Bruce", "Bryan", "Carl",
      "Carlos", "Charles", "Charlie", "Chris", "Christian", "Christopher", "Clive", "Colin",
      "Craig", "Dan", "Daniel", "Darren", "Dave", "David", "Dean", "Dennis", "Derek", "Dick",
      "Dmitry", "Dominic", "Don", "Donald", "Douglas", "Duncan", "Eddie", "Edward", "Elliot",
      "Eric", "Ernest", "Ethan", "Francis", "Frank", "Fred", "Gareth", "Gary", "Gavin", "Geoff",
      "Geoffrey", "George", "Gerald", "Gerard", "Gordon", "Graham", "Greg", "Gregory", "Guy",
      "Harry", "Henry", "Howard", "Hugh", "Iain", "Ian", "Igor", "Ivan", "Jack", "Jacob", "Jake",
      "James", "Jamie", "Jason", "Jean", "Jeb", "Jeff", "Jeffrey", "Jeremy", "Jim", "Jimmy", "Joe",
      "Joel", "John", "Johnny", "Jon", "Jonathan", "Jorge", "Jose", "Joseph", "Josh", "Juan",
      "Julian", "Justin", "Keith", "Ken", "Kenneth", "Kevin", "Kieran", "Lee", "Leo", "Leonard",
      "Lewis", "Liam", "Luis", "Luke", "Malcolm", "Marco", "Mark", "Martin", "Matt", "Matthew",
      "Michael", "Miguel", "Mike", "Mikhail", "Mohammed", "Muhammad", "Neil", "Nick", "Nicholas",
      "Nigel", "Oliver", "Owen", "Patrick", "Paul", "Pedro", "Peter", "Phil", "Philip", "Pierre",
      "Ralph", "Raymond", "Richard", "Rick", "Rob", "Robert", "Robin", "Rod", "Roger", "Ron",
      "Ronald", "Rory", "Roy", "Rudy", "Russell", "Ryan", "Sam", "Samuel", "Scott", "Sean",
      "Sebastian", "Sergei", "Sergey", "Seth", "Simon", "Stephen", "Steve", "Steven", "Stuart",
      "Ted", "Terry", "Thomas", "Tim", "Timothy", "Tom", "Tommy", "Tony", "Trevor", "Vladimir",
      "Walter", "Wayne", "William", "Willie", "Yuri",
      // more given names across English-language news
      "Abdul", "Abraham", "Adolfo", "Ahmad", "Aidan", "Alain", "Aleksandr", "Alessandro", "Alexis",
      "Alfonso", "Alonzo", "Alvin", "Amir", "Anatoly", "Anders", "Andrei", "Andres", "Angelo",
      "Anton", "Antoine", "Armando", "Arnold", "Arturo", "Axel", "Barney", "Bart", "Bashar",
      "Benedict", "Benny", "Bernardo", "Bert", "Bjorn", "Blake", "Bobby", "Boyd", "Brad", "Bradley",
      "Brandon", "Brendan", "Brent", "Brett", "Bruno", "Bryce", "Byron", "Caleb", "Calvin", "Carlo",
      "Carter", "Casey", "Cesar", "Chad", "Chandler", "Chester", "Chuck", "Clarence", "Claude",
      "Clay", "Clayton", "Cliff", "Clifford", "Clint", "Cody", "Cole", "Connor", "Conor", "Cory",
      "Curtis", "Cyril", "Dale", "Damian", "Damien", "Damon", "Dana", "Danny", "Darius", "Darrell",
      "Darryl", "Davey", "Declan", "Del", "Denis", "Derrick", "Desmond", "Devin", "Diego",
      "Dimitri", "Dirk", "Dmitri", "Dominique", "Donnie", "Doug", "Drew", "Duane", "Dustin",
      "Dwayne", "Dwight", "Earl", "Ed", "Eddy", "Edgar", "Edmund", "Eduardo", "Eli", "Elijah",
      "Elliott", "Elmer", "Elton", "Emile", "Emilio", "Emmanuel", "Enrique", "Erik", "Ernesto",
      "Ernie", "Errol", "Esteban", "Eugene", "Evan", "Everett", "Fabio", "Federico", "Felipe",
      "Felix", "Fernando", "Floyd", "Forrest", "Franco", "Francois", "Frankie", "Franz", "Fraser",
      "Freddie", "Freddy", "Frederick", "Gabriel", "Garrett", "Gene", "Gerhard", "Gil", "Gilbert",
      "Giovanni", "Giuseppe", "Glen", "Glenn", "Gonzalo", "Grant", "Gus", "Gustavo", "Hamid",
      "Hank", "Hans", "Harold", "Harrison", "Harvey", "Hassan", "Hector", "Heinz", "Herbert",
      "Herman", "Hernan", "Horace", "Hugo", "Humberto", "Hussein", "Ibrahim", "Ignacio", "Isaac",
      "Ismail", "Jaime", "Jakob", "Jamal", "Jared", "Jarrod", "Javier", "Jay", "Jean-Claude",
      "Jeffery", "Jens", "Jerome", "Jerry", "Jesse", "Jesus", "Jimmie", "Joachim", "Joaquin",
      "Jock", "Joey", "Johan", "Johannes", "Jonah", "Jonas", "Jordi", "Josef", "Joshua", "Jude",
      "Jules", "Julio", "Junior", "Jurgen", "Jürgen", "Karl", "Kasper", "Keir", "Kelvin", "Kendall",
      "Kent", "Kenny", "Khalid", "Kim", "Kirk", "Klaus", "Kofi", "Konstantin", "Kurt", "Kyle",
      "Lance", "Larry", "Laurence", "Lawrence", "Lennart", "Leon", "Leonardo", "Leroy", "Les",
      "Lionel", "Lloyd", "Lorenzo", "Louis", "Lucas", "Luciano", "Luigi", "Luka", "Lukas", "Luther",
      "Lyndon", "Manuel", "Marc", "Marcel", "Marcelo", "Marcus", "Mario", "Marius", "Marko",
      "Marshall", "Marvin", "Mateo", "Mathieu", "Matthias", "Maurice", "Max", "Maxim", "Melvin",
      "Micah", "Mick", "Mickey", "Milan", "Miles", "Milton", "Mitch", "Mitchell", "Moses",
      "Muhammed", "Murray", "Mustafa", "Nathan", "Nathaniel", "Ned", "Nelson", "Nico", "Nicolas",
      "Niels", "Nikolai", "Noah", "Noel", "Norman", "Olaf", "Olivier", "Omar", "Orlando", "Osama",
      "Otto", "Pablo", "Paolo", "Pascal", "Pat", "Patrice", "Percy", "Pete", "Pierre-Louis",
      "Rafael", "Rahul", "Ralf", "Ramon", "Randall", "Randy", "Raul", "Ray", "Reggie", "Reginald",
      "Reid", "Rene", "Rex", "Ricardo", "Rich", "Richie", "Rocco", "Roderick", "Rodney", "Rodrigo",
      "Roland", "Rolf", "Roman", "Romano", "Ross", "Ruben", "Rupert", "Rusty", "Salvador", "Sami",
      "Sammy", "Sandy", "Santiago", "Saul", "Scotty", "Sergio", "Seymour", "Shane", "Shaun",
      "Shawn", "Sheldon", "Sidney", "Silvio", "Sol", "Spencer", "Stan", "Stanley", "Stefan",
      "Steffen", "Sven", "Sylvester", "Tariq", "Teddy", "Terence", "Theo", "Theodore", "Thierry",
      "Toby", "Todd", "Tomas", "Tomasz", "Travis", "Troy", "Tyler", "Ulrich", "Umberto", "Uri",
      "Val", "Vance", "Vernon", "Vic", "Vicente", "Vince", "Vincent", "Viktor", "Vito", "Wade",
      "Wallace", "Walt", "Warren", "Werner", "Wes", "Wesley", "Wilbur", "Wilfred", "Will", "Wilson",
      "Winston", "Wolfgang", "Xavier", "Yaroslav", "Yusuf", "Zach", "Zachary", "Zane",
      // West, East and Southern Africa
      "Abdi", "Abdoulaye", "Abdullahi", "Abiodun", "Abiy", "Abubakar", "Adebayo", "Ademola",
      "Adewale", "Akwasi", "Alassane", "Amadou", "Babatunde", "Bongani", "Boubacar", "Chukwuemeka",
      "Dawit", "Emeka", "Emmerson", "Femi", "Getachew", "Girma", "Goodluck", "Haile", "Hakainde",
      "Ibrahima", "Idrissa", "Ifeanyi", "Isaias", "Jakaya", "Jomo", "Juma", "Kebede", "Kojo",
      "Kwame", "Kwasi", "Macky", "Mamadou", "Mandla", "Meles", "Mmusi", "Modibo", "Mohamud",
      "Moussa", "Muhammadu", "Musa", "Nnamdi", "Olusegun", "Ousmane", "Sadio", "Sekou", "Sibusiso",
      "Sipho", "Souleymane", "Tedros", "Tesfaye", "Tewodros", "Thabo", "Themba", "Thulani", "Tunde",
      "Uhuru", "Vusi", "Yohannes", "Yoweri", "Abdikadir", "Abdirahman", "Abdirashid", "Abdiweli",
      "Abdou", "Abebe", "Aliou", "Aliyu", "Andile", "Atiku", "Ayanda", "Ayodele", "Babajide",
      "Bakari", "Baraka", "Bashir", "Bayo", "Bekele", "Berhanu", "Bheki", "Bhekisisa", "Boitumelo",
      "Bola", "Buhle", "Cheikh", "Chibuike", "Chidi", "Chinedu", "Chinonso", "Chukwudi", "Danladi",
      "Dapo", "Dayo", "Demba", "Demeke", "Ebuka", "Ejike", "Ekow", "Farai", "Garba", "Gbenga",
      "Gwede", "Hailemariam", "Hamisi", "Ikechukwu", "Jabari", "Jabulani", "Kabelo", "Kagiso",
      "Kamau", "Karabo", "Kariuki", "Kassahun", "Katlego", "Katleho", "Kayode", "Kelechi",
      "Kgalema", "Kibet", "Kipchoge", "Kiplagat", "Kiprono", "Kiprotich", "Kobina", "Kudakwashe",
      "Kunle", "Kwabena", "Kwadwo", "Kwaku", "Kweku", "Lamine", "Lanre", "Lebohang", "Lefa",
      "Lehlohonolo", "Lesego", "Lindani", "Lunga", "Lwazi", "Mahamadou", "Malick", "Mesfin",
      "Modou", "Moeketsi", "Mokgweetsi", "Mosa", "Mosiuoa", "Motlatsi", "Moustapha", "Mpho",
      "Mthunzi", "Mugisha", "Mukhtar", "Mulugeta", "Mwangi", "Mxolisi", "Mzwandile", "Nana",
      "Nasiru", "Negash", "Nhlanhla", "Niyi", "Njoroge", "Nyasha", "Obinna", "Obiora", "Ochieng",
      "Odhiambo", "Okello", "Olamide", "Oluwaseun", "Omondi", "Onyango", "Opio", "Oratile",
      "Otieno", "Pakalitha", "Rashidi", "Rethabile", "Retselisitsoe", "Rotimi", "Sakhile",
      "Sandile", "Sani", "Segun", "Seun", "Seydou", "Shehu", "Sifiso", "Siyabonga", "Sizwe", "Sola",
      "Tadesse", "Tafadzwa", "Takudzwa", "Tamrat", "Tatenda", "Tawanda", "Tebogo", "Teboho",
      "Tekle", "Tendai", "Thabiso", "Thamsanqa", "Thato", "Tinashe", "Tlali", "Tolu", "Tonderai",
      "Tope", "Tshepo", "Tumelo", "Uchenna", "Umaru", "Vuyani", "Wale", "Xolani", "Yakubu", "Yared",
      "Yemi", "Yonas", "Zola", "Zolani", "Zweli", "Zwelinzima",
      // the Arab world
      "Abdallah", "Abdel", "Abdelaziz", "Abdulaziz", "Abdullah", "Abdulrahman", "Adel", "Adil",
      "Adnan", "Akram", "Amin", "Ammar", "Amr", "Anas", "Anwar", "Ashraf", "Ayman", "Aziz",
      "Bassem", "Bilal", "Emad", "Essam", "Fadi", "Fahad", "Fahd", "Faisal", "Farid", "Farouk",
      "Fouad", "Gamal", "Ghassan", "Habib", "Hadi", "Haider", "Haitham", "Hakim", "Hamad", "Hamdan",
      "Hamza", "Hani", "Hisham", "Hosni", "Jalal", "Jamil", "Kamal", "Karim", "Kassem", "Khaled",
      "Khalil", "Mahmoud", "Mahmud", "Majid", "Mansour", "Marwan", "Mohamad", "Mohamed", "Mohammad",
      "Muammar", "Nabil", "Naguib", "Najib", "Nasser", "Nouri", "Qassem", "Rachid", "Rafiq", "Rami",
      "Rashid", "Saad", "Saeed", "Saleh", "Salim", "Samir", "Suleiman", "Tamim", "Tarek", "Tawfiq",
      "Wael", "Walid", "Yahya", "Yasir", "Yasser", "Younis", "Yousef", "Youssef", "Zaid", "Zayed",
      "Ziad", "Abdelhamid", "Abdelkader", "Abdelmajid", "Abderrahmane", "Abed", "Alaa", "Ayoub",
      "Bassam", "Driss", "Fawaz", "Firas", "Ghaith", "Hamada", "Hamoud", "Hatem", "Hatim",
      "Haytham", "Hazem", "Hesham", "Hicham", "Husam", "Hussam", "Ihab", "Imad", "Issa", "Issam",
      "Iyad", "Jaber", "Jawad", "Karam", "Kareem", "Lakhdar", "Loay", "Louay", "Luay", "Mahdi",
      "Maher", "Majed", "Mamdouh", "Mazen", "Medhat", "Moataz", "Mohanad", "Mohannad", "Mokhtar",
      "Mostafa", "Motaz", "Mounir", "Mourad", "Moustafa", "Muhannad", "Munir", "Mustapha", "Mutaz",
      "Nader", "Nael", "Naji", "Nidal", "Nizar", "Noor", "Nour", "Noureddine", "Omran", "Qais",
      "Rabih", "Raed", "Rafat", "Ramzi", "Riad", "Riyad", "Saber", "Sabri", "Saif", "Sameh",
      "Samer", "Shadi", "Sherif", "Sulaiman", "Talal", "Tamer", "Tareq", "Wajdi", "Waleed",
      "Wissam", "Yaser", "Yasin", "Yassin", "Yazan", "Youcef", "Younes", "Zakaria", "Zuhair",
      "Zuhdi", "Zuheir",
      // Turkey, Iran, Afghanistan and Central Asia
      "Ahmet", "Alireza", "Alparslan", "Arash", "Babak", "Bahram", "Baris", "Behrouz", "Bijan",
      "Binali", "Bulent", "Burak", "Cem", "Cengiz", "Dariush", "Devlet", "Ebrahim", "Ekrem",
      "Emomali", "Emre", "Erdem", "Farhad", "Fatih", "Gulbuddin", "Hakan", "Halil", "Hamed",
      "Hasan", "Hossein", "Huseyin", "Jafar", "Javad", "Kadir", "Kamran", "Kassym-Jomart", "Kaveh",
      "Kemal", "Levent", "Marat", "Masoud", "Mehdi", "Mehmet", "Mohsen", "Mojtaba", "Morteza",
      "Murat", "Nurlan", "Omer", "Omid", "Onur", "Orhan", "Osman", "Ozgur", "Parviz", "Ramin",
      "Recep", "Reza", "Ruslan", "Rustam", "Selim", "Serdar", "Shavkat", "Sinan", "Suleyman",
      "Tayyip", "Timur", "Vahid", "Yavuz", "Zafer", "Zalmay",
      // India, Pakistan, Bangladesh, Sri Lanka and Nepal
      "Aamir", "Abhishek", "Aditya", "Ajay", "Ajit", "Akash", "Akshay", "Alok", "Amarinder", "Amit",
      "Anand", "Anil", "Arjun", "Arun", "Arvind", "Ashok", "Asif", "Bilawal", "Deepak", "Dinesh",
      "Farhan", "Farooq", "Gaurav", "Gautam", "Gotabaya", "Imran", "Irfan", "Jagmeet", "Javed",
      "Junaid", "Karan", "Krishna", "Kumar", "Mahesh", "Mahinda", "Manmohan", "Manoj", "Nadeem",
      "Narendra", "Nasir", "Naveen", "Nawaz", "Nitin", "Nitish", "Pervez", "Prakash", "Pranab",
      "Rajan", "Rajeev", "Rajesh", "Rajiv", "Rakesh", "Ramesh", "Ranil", "Ranjit", "Ravi", "Rishi",
      "Rizwan", "Rohan", "Rohit", "Sachin", "Sajid", "Sajith", "Sandeep", "Sanjay", "Sanjeev",
      "Santosh", "Shahbaz", "Shahid", "Shankar", "Sharad", "Shehbaz", "Siddharth", "Subhash",
      "Sunil", "Suresh", "Tahir", "Uday", "Usman", "Vijay", "Vikas", "Vikram", "Virat", "Vivek",
      "Wasim", "Yash", "Zahid", "Zubair",
      // Japan; China and Korea when the given name comes first
      "Akira", "Daisuke", "Fumio", "Haoran", "Haruki", "Hideki", "Hiroshi", "Ichiro", "Jae-hyun",
      "Ji-hoon", "Jianguo", "Junichiro", "Kazuo", "Kenji", "Koji", "Masahiro", "Min-jun", "Naoki",
      "Naoto", "Osamu", "Satoshi", "Shigeru", "Shinzo", "Shohei", "Takashi", "Takeshi", "Takuya",
      "Tatsuya", "Toru", "Xiaoming", "Yasuo", "Yoshihide", "Yukio", "Yuzuru", "Zhiqiang", "Zhiwei",
      // Thailand, Indonesia, Malaysia, the Philippines and Vietnam
      "Abhisit", "Agus", "Anies", "Anutin", "Azmin", "Bambang", "Benigno", "Budi", "Duc", "Eko",
      "Fajar", "Ferdinand", "Ganjar", "Hendra", "Huy", "Joko", "Jusuf", "Khairy", "Luhut",
      "Mahathir", "Manny", "Mohd", "Muhyiddin", "Phuc", "Prabowo", "Prawit", "Prayut", "Prayuth",
      "Rafizi", "Ridwan", "Rizal", "Somchai", "Somsak", "Srettha", "Susilo", "Suthep", "Taufik",
      "Teodoro", "Thaksin", "Thanathorn", "Trung", "Wahyu",
      // Latin America, with and without accents
      "Agustín", "Alejandro", "Alfredo", "Alvaro", "Álvaro", "Andrés", "Augusto", "Camilo", "César",
      "Claudio", "Cristian", "Cristiano", "Emiliano", "Evo", "Fabián", "Fidel", "Francisco",
      "Gerardo", "Guillermo", "Hernán", "Horacio", "Iván", "Jair", "Jesús", "João", "Joaquín",
      "José", "Leandro", "Luiz", "Marcos", "Martín", "Matías", "Mauricio", "Mauro", "Nestor",
      "Néstor", "Neymar", "Nicolás", "Octavio", "Paulo", "Raúl", "Renato", "Roberto", "Ronaldo",
      "Rubén", "Sebastián", "Sérgio", "Thiago", "Tiago", "Tomás", "Víctor", "Vinícius",
      // Eastern Europe, the Balkans and the Caucasus
      "Aleksandar", "Aleksei", "Alexandru", "Alexey", "Andriy", "Andrzej", "Arkady", "Armen",
      "Artem", "Bogdan", "Bohdan", "Constantin", "Dariusz", "Denys", "Dmytro", "Dragan", "Dusan",
      "Dušan", "Evgeny", "Fyodor", "Georgi", "Gheorghe", "Giorgi", "Gleb", "Goran", "Grzegorz",
      "Ihor", "Ilham", "Ilya", "Irakli", "Istvan", "István", "Jakub", "Janusz", "Jaroslaw",
      "Jarosław", "Jerzy", "Jiri", "Jiří", "Kirill", "Krzysztof", "Laszlo", "László", "Leonid",
      "Levan", "Marek", "Michał", "Mihai", "Mikheil", "Milos", "Miloš", "Mircea", "Miroslav",
      "Mykhailo", "Nikola", "Oleg", "Oleksandr", "Pavel", "Pawel", "Paweł", "Péter", "Petr",
      "Piotr", "Pyotr", "Slobodan", "Taras", "Tigran", "Tomáš", "Vaclav", "Václav", "Vadim",
      "Valery", "Vasily", "Vitaly", "Volodymyr", "Vyacheslav", "Yevgeny", "Zbigniew", "Zlatan",
      "Zoltan", "Zoltán", "Zoran",
      // New Zealand and the Pacific islands
      "Hemi", "Mikaere", "Rawiri", "Sione", "Sitiveni", "Tamati", "Tane", "Tevita", "Viliami",
      "Voreqe", "Wiremu"};
  return kMale;
}

const std::unordered_set<std::string_view>& female_given_names() {
  static const std::unordered_set<std::string_view> kFemale = {
      "Abigail", "Alice", "Alison", "Amanda", "Amy", "Andrea", "Angela", "Ann", "Anna", "Anne",
      "Annie", "Barbara", "Beatrice", "Beth", "Betty", "Brenda", "Caroline", "Carol", "Catherine",
      "Charlotte", "Chelsea", "Cheryl", "Christine", "Claire", "Clare", "Condoleezza", "Deborah",
      "Debbie", "Diana", "Diane", "Donna", "Dorothy", "Elaine", "Eleanor", "Elena", "Elizabeth",
      "Ellen", "Emily", "Emma", "Fiona", "Gillian", "Hannah", "Harriet", "Heather", "Helen",
      "Hillary", "Irene", "Isabel", "Jacqui", "Jane", "Janet", "Jennifer", "Jenny", "Jessica",
      "Jill", "Joan", "Joanna", "Josephine", "Judith", "Judy", "Julia", "Julie", "Karen", "Kate",
      "Katherine", "Kathy", "Kelly", "Kim", "Laura", "Lauren", "Linda", "Lisa", "Liz", "Louise",
      "Lucy", "Lynn", "Margaret", "Maria", "Marie", "Mary", "Megan", "Melanie", "Michelle",
      "Natalie", "Nicola", "Nancy", "Olivia", "Pamela", "Patricia", "Paula", "Rachel", "Rebecca",
      "Rosa", "Rose", "Ruth", "Sally", "Sandra", "Sarah", "Sharon", "Sophie", "Stephanie", "Sue",
      "Susan", "Tessa", "Theresa", "Tracey", "Valerie", "Victoria", "Wendy", "Yvonne", "Zoe",
      // more given names across English-language news
      "Ada", "Adele", "Agnes", "Aisha", "Alexandra", "Alexis", "Alicia", "Alina", "Allison",
      "Alyssa", "Amber", "Amelia", "Ana", "Anastasia", "Angelina", "Anita", "Annette", "Antonia",
      "April", "Arlene", "Ashley", "Audrey", "Ava", "Beatriz", "Becky", "Belinda", "Bernadette",
      "Beverly", "Bianca", "Bonnie", "Brigitte", "Britney", "Brooke", "Camila", "Candace", "Carmen",
      "Carolyn", "Cassandra", "Catalina", "Cathy", "Cecilia", "Celine", "Charlene", "Chloe",
      "Cindy", "Clara", "Claudia", "Colleen", "Connie", "Constance", "Cora", "Courtney", "Crystal",
      "Cynthia", "Daisy", "Dana", "Danielle", "Daphne", "Dawn", "Debra", "Delia", "Denise",
      "Dolores", "Dora", "Doris", "Edith", "Elise", "Elisabeth", "Ella", "Ellie", "Eloise", "Elsa",
      "Emilia", "Erica", "Erin", "Eva", "Evelyn", "Faith", "Fatima", "Felicity", "Frances",
      "Francesca", "Gabriela", "Gabrielle", "Gail", "Gemma", "Georgia", "Geraldine", "Gina",
      "Gisela", "Gladys", "Glenda", "Gloria", "Grace", "Greta", "Gwendolyn", "Hailey", "Hazel",
      "Heidi", "Helena", "Hilary", "Holly", "Ida", "Ines", "Ingrid", "Irina", "Iris", "Isabella",
      "Isabelle", "Jackie", "Jacqueline", "Jan", "Jana", "Janice", "Jasmine", "Jean", "Jeanne",
      "Jeannie", "Jessie", "Joanne", "Jocelyn", "Jodie", "Josie", "Joy", "Joyce", "Juanita",
      "Juliet", "June", "Justine", "Karin", "Katharine", "Kathleen", "Katie", "Katrina", "Kay",
      "Kayla", "Kirsty", "Kristen", "Kristin", "Lara", "Latoya", "Laurie", "Leah", "Leila", "Lena",
      "Leslie", "Lillian", "Lily", "Lindsay", "Lindsey", "Lois", "Lola", "Loretta", "Lorna",
      "Lorraine", "Louisa", "Lucia", "Lucinda", "Luisa", "Lydia", "Lynda", "Mabel", "Madeleine",
      "Madison", "Mae", "Maggie", "Maia", "Mara", "Margarita", "Margot", "Mariana", "Marianne",
      "Marilyn", "Marina", "Marion", "Marisa", "Marjorie", "Marta", "Maureen", "Maxine", "Maya",
      "Melinda", "Melissa", "Meredith", "Mia", "Michaela", "Mildred", "Millie", "Miranda", "Miriam",
      "Molly", "Monica", "Monique", "Nadia", "Naomi", "Natasha", "Nell", "Nicole", "Nina", "Nora",
      "Norma", "Olga", "Paige", "Paulette", "Pauline", "Peggy", "Penelope", "Penny", "Petra",
      "Phoebe", "Phyllis", "Polly", "Priscilla", "Priya", "Rachael", "Raquel", "Regina", "Renee",
      "Rhonda", "Rita", "Roberta", "Robin", "Rosalind", "Rosemary", "Roxanne", "Ruby", "Sabrina",
      "Sadie", "Samantha", "Sara", "Sasha", "Selena", "Shannon", "Shauna", "Sheila", "Shelley",
      "Sherry", "Shirley", "Silvia", "Simone", "Siobhan", "Sofia", "Sonia", "Sophia", "Stacy",
      "Stella", "Suzanne", "Sylvia", "Tamara", "Tammy", "Tanya", "Tara", "Teresa", "Terri",
      "Thelma", "Tiffany", "Tonya", "Tracy", "Trudy", "Ursula", "Vanessa", "Vera", "Vicki", "Vicky",
      "Viola", "Violet", "Virginia", "Vivian", "Whitney", "Wilma", "Yolanda", "Yvette", "Zara",
      "Zoë",
      // West, East and Southern Africa
      "Abena", "Abimbola", "Adaeze", "Akua", "Ama", "Amaka", "Aminata", "Auma", "Awa", "Ayaan",
      "Bukola", "Busisiwe", "Chiamaka", "Chinwe", "Chioma", "Chipo", "Dineo", "Fatou", "Fatoumata",
      "Folake", "Funmilayo", "Hadiza", "Halima", "Hauwa", "Hiwot", "Hodan", "Ifeoma", "Kadiatou",
      "Khadra", "Lerato", "Lindiwe", "Mariama", "Meseret", "Muthoni", "Naledi", "Ngozi", "Njeri",
      "Nkechi", "Nkosazana", "Nneka", "Nokuthula", "Nomsa", "Nomvula", "Nosipho", "Oumou", "Palesa",
      "Phumzile", "Rudo", "Sibongile", "Thandeka", "Thandi", "Thandiwe", "Tigist", "Tirunesh",
      "Wambui", "Wanjiku", "Yetunde", "Zanele", "Achieng", "Adanna", "Adaobi", "Adesua", "Adwoa",
      "Afua", "Akinyi", "Akosua", "Almaz", "Andile", "Atieno", "Awino", "Ayanda", "Ayodele",
      "Binta", "Birtukan", "Bisola", "Boitumelo", "Bola", "Bontle", "Buhle", "Bunmi", "Chebet",
      "Chidinma", "Chiedza", "Chinyere", "Coumba", "Deeqa", "Ebele", "Efua", "Esi", "Faadumo",
      "Fadzai", "Farai", "Funke", "Funmi", "Genet", "Hawa", "Hirut", "Ifrah", "Ijeoma", "Ilhan",
      "Kagiso", "Karabo", "Katlego", "Kefilwe", "Kelechi", "Kemi", "Keneuoe", "Khady", "Khanyisile",
      "Kudakwashe", "Lebohang", "Lefa", "Lesego", "Limpho", "Lindelwa", "Lineo", "Mamello",
      "Masego", "Meaza", "Moraa", "Morenike", "Mosa", "Mpho", "Mpolokeng", "Mugisha", "Mulu",
      "Mwajuma", "Nana", "Ndeye", "Neema", "Nimco", "Nkiru", "Nobuhle", "Noluthando", "Nompumelelo",
      "Nonhlanhla", "Nosizwe", "Nthabiseng", "Ntombi", "Ntombizodwa", "Nyambura", "Nyasha",
      "Obiageli", "Oluwaseun", "Omolara", "Oratile", "Puleng", "Refiloe", "Rehema", "Relebohile",
      "Rethabile", "Rokhaya", "Ronke", "Rumbidzai", "Rutendo", "Ruvimbo", "Sagal", "Sahra", "Selam",
      "Seun", "Simisola", "Sindisiwe", "Sindiwe", "Sola", "Tafadzwa", "Tatenda", "Tebogo", "Teboho",
      "Tendai", "Thato", "Thembeka", "Thuli", "Tinashe", "Titilayo", "Tolu", "Tope", "Toyin",
      "Tsehay", "Tsitsi", "Tumelo", "Ubah", "Uchenna", "Vimbai", "Wairimu", "Wangari", "Wanjiru",
      "Yaa", "Yemi", "Yeshi", "Yewande", "Zandile", "Zawadi", "Zinhle", "Zintle", "Zodwa", "Zola",
      "Zuhura",
      // the Arab world
      "Alia", "Amani", "Amina", "Amira", "Asma", "Aya", "Basma", "Dalia", "Dina", "Eman", "Farida",
      "Fatma", "Ghada", "Habiba", "Hala", "Hanan", "Hiba", "Hoda", "Huda", "Iman", "Jamila",
      "Karima", "Khadija", "Lamia", "Latifa", "Layla", "Lina", "Lubna", "Maha", "Malika", "Manal",
      "Mariam", "Maryam", "Mona", "Muna", "Naima", "Nawal", "Nisreen", "Rachida", "Rania", "Rasha",
      "Reem", "Safa", "Salma", "Samar", "Samira", "Suha", "Yasmin", "Yasmine", "Yusra", "Zahra",
      "Zainab", "Zeina", "Abeer", "Alaa", "Aseel", "Asmaa", "Dima", "Doaa", "Duaa", "Esraa",
      "Fadwa", "Ghadeer", "Hadeel", "Hanadi", "Haneen", "Heba", "Ibtisam", "Inas", "Intisar",
      "Jumana", "Lamis", "Majida", "Maysa", "Maysoon", "Nadine", "Nahla", "Najat", "Najwa", "Noor",
      "Nour", "Raghad", "Randa", "Rawan", "Rima", "Ruba", "Rula", "Sahar", "Salwa", "Samah",
      "Samia", "Sanaa", "Sawsan", "Shaimaa", "Souad", "Suad", "Tasneem", "Thuraya", "Widad",
      "Wijdan", "Yara", "Zaina", "Zeinab",
      // Turkey, Iran, Afghanistan and Central Asia
      "Aylin", "Ayse", "Ayşe", "Azadeh", "Busra", "Dilek", "Dinara", "Ebru", "Elham", "Elif",
      "Emine", "Esra", "Fatemeh", "Fawzia", "Fereshteh", "Golnaz", "Gulnara", "Hatice", "Hulya",
      "Kamila", "Madina", "Mahsa", "Malalai", "Meral", "Merve", "Mina", "Mitra", "Nahid", "Narges",
      "Nasrin", "Nazanin", "Neda", "Parisa", "Pinar", "Roya", "Seda", "Selin", "Sepideh", "Shabnam",
      "Shirin", "Sibel", "Soraya", "Yasemin", "Zarina", "Zeynep", "Zhanna",
      // India, Pakistan, Bangladesh, Sri Lanka and Nepal
      "Aarti", "Aishwarya", "Anjali", "Ankita", "Anushka", "Asha", "Ayesha", "Benazir", "Bushra",
      "Chandrika", "Deepika", "Divya", "Gita", "Hasina", "Hina", "Indira", "Jaya", "Kamala",
      "Kavita", "Khaleda", "Lakshmi", "Lata", "Madhuri", "Malala", "Mamata", "Meena", "Nargis",
      "Nasreen", "Neha", "Nirmala", "Pooja", "Poonam", "Preeti", "Priyanka", "Rabia", "Radha",
      "Rekha", "Saba", "Sana", "Seema", "Shazia", "Smriti", "Sunita", "Supriya", "Sushma",
      "Taslima", "Usha", "Uzma", "Vidya",
      // Japan; China and Korea when the given name comes first
      "Aiko", "Akiko", "Ayumi", "Haruka", "Hiroko", "Hitomi", "Hye-jin", "Ji-yeon", "Kaori",
      "Keiko", "Kyoko", "Mariko", "Masako", "Mayumi", "Megumi", "Meiling", "Michiko", "Midori",
      "Min-ji", "Miyuki", "Naoko", "Noriko", "Reiko", "Rika", "Sanae", "Sayaka", "Seo-yeon",
      "Tomoko", "Xiaoyan", "Xiulan", "Xiuying", "Yoko", "Yoshiko", "Yuka", "Yukiko", "Yuko",
      "Yulan", "Yumi", "Yuriko",
      // Thailand, Indonesia, Malaysia, the Philippines and Vietnam
      "Azizah", "Corazon", "Dewi", "Fatimah", "Fitri", "Huong", "Imee", "Imelda", "Indah", "Intan",
      "Kartini", "Leni", "Lestari", "Megawati", "Ngoc", "Paetongtarn", "Phuong", "Putri", "Ratna",
      "Retno", "Rini", "Rosmah", "Siriporn", "Siti", "Sudarat", "Supaporn", "Susi", "Thao", "Thuy",
      "Wulan", "Yingluck", "Zuraida",
      // Latin America, with and without accents
      "Adriana", "Alejandra", "Carla", "Cristina", "Daniela", "Dilma", "Fernanda", "Flavia",
      "Juliana", "Karina", "Larissa", "Leticia", "Letícia", "Lorena", "Lucía", "Luciana", "Manuela",
      "Marcela", "María", "Marisol", "Mónica", "Natalia", "Paola", "Paulina", "Renata", "Rocío",
      "Sofía", "Valentina", "Valeria", "Veronica", "Verónica", "Ximena",
      // Eastern Europe, the Balkans and the Caucasus
      "Agnieszka", "Aleksandra", "Alla", "Daria", "Darya", "Dorota", "Ekaterina", "Elzbieta",
      "Elżbieta", "Galina", "Ioana", "Iryna", "Jelena", "Katalin", "Katarzyna", "Katerina",
      "Kateřina", "Kateryna", "Kristalina", "Larisa", "Magdalena", "Maja", "Malgorzata", "Marija",
      "Małgorzata", "Mihaela", "Nadezhda", "Natalya", "Natasa", "Nataša", "Oksana", "Olena",
      "Polina", "Roxana", "Svetlana", "Tatiana", "Tatyana", "Tereza", "Veronika", "Vesna",
      "Yekaterina", "Yelena", "Yulia", "Yuliya", "Zofia", "Zuzana",
      // New Zealand and the Pacific islands
      "Anahera", "Hine", "Kahurangi", "Kiri", "Leilani", "Mele", "Ngaire", "Salote", "Whina"};
  return kFemale;
}

}  // namespace

bool is_given_name(std::string_view word) {
  return male_given_names().contains(word) || female_given_names().contains(word);
}

Gender given_name_gender(std::string_view word) {
  const bool male = male_given_names().contains(word);
  const bool female = female_given_names().contains(word);
  if (male && !female) return Gender::kMale;
  if (female && !male) return Gender::kFemale;
  return Gender::kUnknown;
}

bool is_role_word(std::string_view lower_word) {
  static const std::unordered_set<std::string_view> kRoles = {
      "minister", "secretary", "president", "chancellor", "premier", "spokesman", "spokeswoman",
      "spokesperson", "chief", "executive", "director", "director-general", "secretary-general",
      "chairman", "chairwoman", "chair", "chairperson", "head", "leader", "manager", "coach",
      "captain", "governor", "mayor", "senator", "congressman", "congresswoman", "representative",
      "mp", "mep", "msp", "councillor", "councilor", "commissioner", "ambassador", "envoy",
      "diplomat", "general", "officer", "inspector", "superintendent", "constable", "sergeant",
      "professor", "lecturer", "economist", "analyst", "expert", "researcher", "scientist",
      "doctor", "surgeon", "consultant", "nurse", "lawyer", "attorney", "solicitor", "barrister",
      "advocate", "judge", "prosecutor", "founder", "co-founder", "owner", "partner", "boss",
      "editor", "correspondent", "reporter", "author", "writer", "novelist", "actor", "actress",
      "singer", "musician", "star", "striker", "midfielder", "defender", "goalkeeper", "keeper",
      "player", "winger", "forward", "champion", "athlete", "runner", "driver", "rider", "boxer",
      "golfer", "campaigner", "activist", "official", "adviser", "advisor", "aide", "candidate",
      "nominee", "deputy", "assistant", "trustee", "curator", "farmer", "teacher", "headteacher",
      "headmaster", "headmistress", "pilot", "engineer", "treasurer", "administrator", "regulator",
      "ceo", "cfo", "coo", "cto", "strategist", "pollster", "historian", "sheriff", "detective",
      "negotiator", "organiser", "organizer", "producer", "presenter", "host", "vice-president",
      "vice-chairman", "physician", "psychologist", "spokesmen", "chef", "architect", "banker",
      "trader", "investor", "entrepreneur", "designer", "director", "conductor", "composer",
      "artist", "photographer", "filmmaker", "broadcaster", "commentator", "pundit", "columnist",
      "lawmaker", "legislator", "politician", "speaker", "whip", "governor-general", "prince",
      "princess", "king", "queen", "pope", "archbishop", "bishop", "cardinal", "imam", "rabbi",
      "priest", "vicar", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "capt.", "sgt.", "det.",
      "insp.", "supt.", "cllr", "pc", "justice", "magistrate", "coroner", "paramedic",
      "firefighter", "chairmen", "member", "fellow", "principal", "dean", "provost",
      "vice-chancellor", "skipper", "manager", "hopeful", "frontrunner", "challenger", "incumbent",
      "veteran", "graduate", "student", "resident", "worker", "shopkeeper", "florist", "fisherman",
      "pharmacist", "midwife", "dentist", "vet", "librarian", "mechanic", "builder",
      // Party affiliations before a name: "Democrat Hillary Clinton", "Tory MP Jane Doe".
      "democrat", "republican", "democratic", "conservative", "tory", "labour", "liberal",
      "independent", "gop",
      // Complements that end a title in a capitalised run: "Secretary of State John Kerry".
      "state", "defence", "defense", "treasury", "interior", "commerce", "agent", "counterpart",
      "boss", "midfielder", "centre-back", "full-back", "fly-half", "scrum-half", "prop", "lock",
      "flanker", "hooker", "batsman", "bowler", "all-rounder", "jockey", "trainer", "cyclist",
      "swimmer", "sprinter", "hurdler", "skier", "referee", "umpire", "chairwoman", "sufferer",
      "victim", "survivor", "mother", "father", "witness", "spokesperson"};
  if (kRoles.count(lower_word) > 0) return true;
  // "chancellor-designate", "president-elect", "ex-minister", "vice-captain".
  for (std::string_view suffix : {"-designate", "-elect"}) {
    if (lower_word.ends_with(suffix))
      return kRoles.count(lower_word.substr(0, lower_word.size() - suffix.size())) > 0;
  }
  for (std::string_view prefix : {"ex-", "vice-", "deputy-", "co-"}) {
    if (lower_word.starts_with(prefix)) return kRoles.count(lower_word.substr(prefix.size())) > 0;
  }
  return false;
}

bool is_organisation_word(std::string_view word) {
  static const std::unordered_set<std::string> kWords = {
      "ministry", "department", "council", "party", "government", "agency", "bank", "committee",
      "commission", "association", "union", "federation", "league", "club", "fc", "united", "city",
      "rovers", "athletic", "wanderers", "street", "house", "office", "court", "police", "service",
      "services", "trust", "foundation", "institute", "university", "college", "school", "hospital",
      "group", "company", "corporation", "corp", "inc", "ltd", "plc", "llc", "co", "holdings",
      "news", "times", "post", "journal", "press", "media", "network", "radio", "television", "tv",
      "board", "authority", "organisation", "organization", "society", "centre", "center", "church",
      "army", "navy", "force", "forces", "airways", "airlines", "motors", "records", "studios",
      "pictures", "entertainment", "international", "national", "federal", "democrats",
      "republicans", "labour", "tories", "conservatives", "liberals", "greens", "alliance",
      "coalition", "campaign", "kremlin", "pentagon", "whitehall", "parliament", "congress",
      "senate", "assembly", "cabinet", "treasury", "reserve", "fund", "exchange", "market",
      "markets", "industries", "systems", "technologies", "software", "electronics", "energy",
      "oil", "gas", "pharmaceuticals", "council's", "bureau", "directorate", "inspectorate",
      "tribunal", "executive", "secretariat", "delegation", "embassy", "consulate", "mission",
      "office's", "watch", "institution", "observatory", "museum", "gallery", "orchestra",
      "philharmonic", "band", "festival", "awards", "academy", "prize", "station", "airport",
      "port", "road", "avenue", "square", "stadium",
      // words of company names ("Banco Austral", "Tessellate Computing", "Kestrel Hydro")
      "banco", "banque", "bancorp", "computing", "hydro", "partners", "consulting", "solutions",
      "labs", "ventures", "insurance", "telecom", "telecoms", "mining", "logistics", "foods",
      "brewery", "pharma", "financial", "investments", "securities", "capital", "motors",
      "petroleum", "brothers", "chemical", "chemicals", "resources", "mines", "minerals",
      "laboratories", "associates", "realty", "properties", "savings", "electric", "utilities",
      "communications", "products", "stores", "brands", "enterprises", "manufacturing", "metals",
      "exploration", "refining", "shipping", "automotive", "aerospace", "semiconductor",
      "semiconductors", "computers", "instruments", "technology", "healthcare", "assurance",
      "reinsurance", "bourse", "railroad", "railway", "railways", "hotel", "hotels", "resort",
      "restaurant",
      // the same in the languages whose family names end like a family name's shape
      // (speaker_features.h, kSurnameShape): "Grupo Fernández", "Ciudad Juárez"
      "grupo", "gruppo", "compañía", "compania", "empresa", "empresas", "industrias", "hermanos",
      "banca", "caja", "ciudad", "société", "societe",
      // documents, laws and programmes:
      // "Marshall Plan", "Patriot Act"
      "plan", "act", "treaty", "agreement", "accord", "programme", "program", "initiative",
      "strategy", "declaration", "doctrine", "amendment", "budget", "report", "inquiry"};
  return kWords.count(lower_ascii(word)) > 0;
}

bool is_place_name(std::string_view name) {
  static const std::unordered_set<std::string_view> kPlaces = {
      // US states and their usual short forms
      "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
      "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
      "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
      "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
      "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
      "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
      "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
      "Washington DC", "Washington D.C.", "New York City", "Puerto Rico",
      // countries and regions most often in English-language news
      "Afghanistan", "Albania", "Algeria", "Argentina", "Armenia", "Australia", "Austria",
      "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Brazil",
      "Britain", "Bulgaria", "Burma", "Cambodia", "Cameroon", "Canada", "Chile", "China",
      "Colombia", "Congo", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Denmark", "Ecuador",
      "Egypt", "England", "Estonia", "Ethiopia", "Europe", "Finland", "France", "Germany", "Ghana",
      "Greece", "Guatemala", "Haiti", "Honduras", "Hong Kong", "Hungary", "Iceland", "India",
      "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan",
      "Kazakhstan", "Kenya", "Korea", "North Korea", "South Korea", "Kosovo", "Kuwait", "Latvia",
      "Lebanon", "Libya", "Lithuania", "Luxembourg", "Malaysia", "Mali", "Malta", "Mexico",
      "Moldova", "Mongolia", "Morocco", "Mozambique", "Myanmar", "Nepal", "Netherlands",
      "New Zealand", "Nicaragua", "Niger", "Nigeria", "Northern Ireland", "Norway", "Oman",
      "Pakistan", "Palestine", "Panama", "Paraguay", "Peru", "Philippines", "Poland", "Portugal",
      "Qatar", "Romania", "Russia", "Rwanda", "Saudi Arabia", "Scotland", "Senegal", "Serbia",
      "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa", "South Sudan", "Spain",
      "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Tanzania", "Thailand",
      "Tunisia", "Turkey", "Uganda", "Ukraine", "United Kingdom", "United States", "Uruguay",
      "Uzbekistan", "Venezuela", "Vietnam", "Wales", "Yemen", "Zambia", "Zimbabwe", "Africa",
      "Asia", "Latin America", "Middle East", "North America", "South America", "Central America",
      "Eastern Europe", "Western Europe", "Gulf", "Balkans", "Caribbean", "Scandinavia",
      // large cities
      "Amsterdam", "Athens", "Atlanta", "Baghdad", "Baltimore", "Bangkok", "Barcelona", "Beijing",
      "Beirut", "Berlin", "Birmingham", "Boston", "Brussels", "Budapest", "Buenos Aires", "Cairo",
      "Cardiff", "Charlotte", "Chicago", "Cleveland", "Copenhagen", "Dallas", "Damascus", "Delhi",
      "New Delhi", "Denver", "Detroit", "Dubai", "Dublin", "Edinburgh", "Geneva", "Glasgow",
      "Hollywood", "Houston", "Istanbul", "Jerusalem", "Johannesburg", "Kabul", "Kiev", "Kyiv",
      "Las Vegas", "Leeds", "Lisbon", "Liverpool", "London", "Los Angeles", "Madrid", "Manchester",
      "Manhattan", "Brooklyn", "Melbourne", "Miami", "Milan", "Minneapolis", "Montreal", "Moscow",
      "Mumbai", "Munich", "Nairobi", "New Orleans", "Newcastle", "Oslo", "Paris", "Philadelphia",
      "Phoenix", "Pittsburgh", "Prague", "Rome", "San Diego", "San Francisco", "Santiago",
      "Sao Paulo", "Seattle", "Seoul", "Shanghai", "Silicon Valley", "Stockholm", "Sydney",
      "Tehran", "Tel Aviv", "Tokyo", "Toronto", "Vancouver", "Vienna", "Warsaw", "Wall Street",
      "Westminster", "Zurich",
      // the rest of the world's states, territories and regions in the news, then capitals and
      // large cities. Names that are also common given names or surnames (Chad, Sofia, Lima,
      // Medina, Lyon) are left out: a place word vetoes a speaker.
      "Andorra", "Angola", "Antigua", "Bahamas", "Barbados", "Belize", "Benin", "Bhutan",
      "Botswana", "Brunei", "Burkina Faso", "Burundi", "Cape Verde", "Central African Republic",
      "Comoros", "Costa Rica", "Djibouti", "Dominican Republic", "East Timor", "Timor-Leste",
      "El Salvador", "Equatorial Guinea", "Eritrea", "Eswatini", "Swaziland", "Fiji", "Gabon",
      "Gambia", "Grenada", "Guinea", "Guinea-Bissau", "Guyana", "Ivory Coast", "Kiribati",
      "Kyrgyzstan", "Laos", "Lesotho", "Liberia", "Liechtenstein", "Madagascar", "Malawi",
      "Maldives", "Marshall Islands", "Mauritania", "Mauritius", "Micronesia", "Monaco",
      "Montenegro", "Namibia", "Nauru", "North Macedonia", "Macedonia", "Palau", "Papua New Guinea",
      "Samoa", "San Marino", "Seychelles", "Sierra Leone", "Solomon Islands", "Suriname",
      "Tajikistan", "Togo", "Tonga", "Trinidad", "Tobago", "Trinidad and Tobago", "Turkmenistan",
      "Tuvalu", "United Arab Emirates", "Vanuatu", "Vatican", "Gaza", "West Bank", "Crimea",
      "Donbas", "Kurdistan", "Tibet", "Xinjiang", "Greenland", "Bermuda", "Western Sahara",
      "Somaliland", "Darfur", "Kashmir", "Punjab", "Bengal", "Sahel",
      // capitals
      "Abu Dhabi", "Abuja", "Accra", "Addis Ababa", "Algiers", "Amman", "Ankara", "Antananarivo",
      "Ashgabat", "Asmara", "Astana", "Asuncion", "Baku", "Bamako", "Bandar Seri Begawan", "Bangui",
      "Banjul", "Belgrade", "Belmopan", "Bern", "Bishkek", "Bissau", "Bogota", "Brasilia",
      "Bratislava", "Brazzaville", "Bridgetown", "Bucharest", "Bujumbura", "Canberra", "Caracas",
      "Castries", "Chisinau", "Colombo", "Conakry", "Dakar", "Dhaka", "Dili", "Dodoma", "Doha",
      "Dushanbe", "Freetown", "Gaborone", "Gitega", "Guatemala City", "Hanoi", "Harare", "Havana",
      "Helsinki", "Honiara", "Islamabad", "Jakarta", "Kampala", "Kathmandu", "Khartoum", "Kigali",
      "Kinshasa", "Kuala Lumpur", "Kuwait City", "Libreville", "Lilongwe", "Ljubljana", "Lome",
      "Luanda", "Lusaka", "Malabo", "Managua", "Manama", "Manila", "Maputo", "Maseru", "Mbabane",
      "Mexico City", "Minsk", "Mogadishu", "Monrovia", "Montevideo", "Muscat", "N'Djamena",
      "Naypyidaw", "Niamey", "Nicosia", "Nouakchott", "Ouagadougou", "Panama City", "Paramaribo",
      "Phnom Penh", "Podgorica", "Port Louis", "Port Moresby", "Port of Spain", "Port-au-Prince",
      "Porto-Novo", "Pretoria", "Pristina", "Pyongyang", "Quito", "Rabat", "Reykjavik", "Riga",
      "Riyadh", "San Jose", "San Salvador", "Santo Domingo", "Sarajevo", "Skopje", "Suva", "Taipei",
      "Tallinn", "Tashkent", "Tbilisi", "Tegucigalpa", "Tirana", "Tripoli", "Tunis", "Ulaanbaatar",
      "Vaduz", "Valletta", "Vientiane", "Vilnius", "Windhoek", "Yamoussoukro", "Yaounde", "Yerevan",
      "Zagreb", "Ottawa",
      // other large cities
      "Lagos", "Ibadan", "Port Harcourt", "Karachi", "Lahore", "Peshawar", "Quetta", "Rawalpindi",
      "Kolkata", "Calcutta", "Chennai", "Bangalore", "Bengaluru", "Hyderabad", "Ahmedabad", "Pune",
      "Chittagong", "Ho Chi Minh City", "Saigon", "Guangzhou", "Shenzhen", "Chongqing", "Tianjin",
      "Wuhan", "Chengdu", "Hangzhou", "Nanjing", "Osaka", "Kyoto", "Yokohama", "Nagoya", "Busan",
      "Surabaya", "Casablanca", "Marrakech", "Durban", "Cape Town", "Soweto", "Mombasa", "Kisumu",
      "Dar es Salaam", "Zanzibar", "Lubumbashi", "Aleppo", "Homs", "Mosul", "Basra", "Erbil",
      "Kirkuk", "Fallujah", "Kandahar", "Herat", "Mecca", "Jeddah", "Tabriz", "Mashhad", "Isfahan",
      "Odesa", "Odessa", "Kharkiv", "Lviv", "Dnipro", "Mariupol", "Donetsk", "Luhansk",
      "St Petersburg", "Novosibirsk", "Yekaterinburg", "Rio de Janeiro", "Belo Horizonte", "Recife",
      "Medellin", "Guadalajara", "Monterrey", "Tijuana", "Valparaiso", "Marseille", "Toulouse",
      "Hamburg", "Frankfurt", "Cologne", "Stuttgart", "Dusseldorf", "Rotterdam", "The Hague",
      "Antwerp", "Naples", "Venice", "Seville", "Bilbao", "Krakow", "Gdansk", "Gothenburg",
      "Belfast", "Swansea", "Aberdeen", "Dundee"};
  return kPlaces.count(name) > 0;
}

bool is_demonym(std::string_view word) {
  static const std::unordered_set<std::string_view> kDemonyms = {
      "Afghan", "African", "Albanian", "Algerian", "American", "Arab", "Argentine", "Argentinian",
      "Armenian", "Asian", "Australian", "Austrian", "Azerbaijani", "Bangladeshi", "Belarusian",
      "Belgian", "Bolivian", "Bosnian", "Brazilian", "British", "Briton", "Bulgarian", "Burmese",
      "Cambodian", "Canadian", "Chilean", "Chinese", "Colombian", "Congolese", "Croatian", "Cuban",
      "Cypriot", "Czech", "Danish", "Dutch", "Ecuadorian", "Egyptian", "English", "Eritrean",
      "Estonian", "Ethiopian", "European", "Filipino", "Finnish", "French", "Georgian", "German",
      "Ghanaian", "Greek", "Guatemalan", "Haitian", "Hungarian", "Icelandic", "Indian",
      "Indonesian", "Iranian", "Iraqi", "Irish", "Israeli", "Italian", "Jamaican", "Japanese",
      "Jordanian", "Kazakh", "Kenyan", "Korean", "Kosovan", "Kurdish", "Kuwaiti", "Latvian",
      "Lebanese", "Libyan", "Lithuanian", "Malaysian", "Maltese", "Mexican", "Moldovan",
      "Mongolian", "Moroccan", "Nepalese", "Nigerian", "Nigerien", "Norwegian", "Pakistani",
      "Palestinian", "Peruvian", "Polish", "Portuguese", "Qatari", "Romanian", "Russian", "Rwandan",
      "Saudi", "Scottish", "Scots", "Senegalese", "Serbian", "Singaporean", "Slovak", "Slovenian",
      "Somali", "Spanish", "Sudanese", "Swedish", "Swiss", "Syrian", "Taiwanese", "Tanzanian",
      "Thai", "Tunisian", "Turkish", "Ugandan", "Ukrainian", "Uzbek", "Venezuelan", "Vietnamese",
      "Welsh", "Yemeni", "Zambian", "Zimbabwean", "Western", "Eastern", "Northern", "Southern",
      "Central", "Latin", "Middle", "Gulf", "Nordic", "Scandinavian", "Balkan", "Caribbean",
      "Asian-American", "African-American", "Anglo", "Soviet", "Ottoman",
      // countries in the short forms role phrases use: "UK trade secretary", "US envoy"
      "UK", "US", "U.S.", "USA", "UAE", "GB"};
  return kDemonyms.count(word) > 0;
}

bool is_title_word(std::string_view lower_word) {
  static const std::unordered_set<std::string_view> kWords = {
      // qualifiers of a role: "Managing director", "Opposition leader"
      "former", "acting", "interim", "senior", "junior", "lead", "leading", "top", "joint",
      "associate", "outgoing", "incoming", "founding", "managing", "executive", "general",
      "principal", "chief", "first", "second", "third", "prime", "foreign", "home", "shadow",
      "opposition", "local", "regional", "national", "federal", "provincial", "municipal",
      "political", "postal", "medical", "clinical", "legal", "financial", "commercial", "technical",
      "digital", "global", "international", "social", "special", "retired", "veteran", "longtime",
      "long-time", "new", "young", "teenage", "elderly", "jury", "team", "state", "county", "city",
      "district", "world", "independent", "royal", "military", "economic", "public", "private",
      "chartered", "certified", "registered", "qualified", "consultant", "visiting", "honorary",
      "emeritus", "assistant", "deputy", "vice", "permanent", "parliamentary", "cabinet", "press",
      // portfolios and fields: "Minister of Finance", "Secretary of State for Defence", "professor
      // of Economics"
      "affairs", "policy", "health", "education", "transport", "defence", "defense", "trade",
      "business", "culture", "justice", "environment", "energy", "housing", "treasury", "interior",
      "economy", "economics", "finance", "work", "pensions", "security", "science", "technology",
      "agriculture", "farming", "immigration", "policing", "schools", "sport", "sports", "media",
      "communities", "equalities", "women", "climate", "labor", "commerce", "industry", "space",
      "exchequer", "development", "relations", "communications", "information", "tourism",
      "transportation", "veterans", "homeland", "intelligence", "planning", "infrastructure",
      "research", "operations", "marketing", "sales", "strategy", "investment", "investments",
      "law", "history", "medicine", "physics", "chemistry", "biology", "mathematics", "engineering",
      "psychology", "sociology", "politics", "philosophy", "statistics", "staff", "services",
      "care", "welfare", "children", "families", "overseas", "aid", "war", "peace", "nuclear",
      "arms", "control", "disarmament", "counter-terrorism", "terrorism", "cyber", "data", "news"};
  return kWords.count(lower_word) > 0;
}

bool is_group_noun(std::string_view lower_word) {
  static const std::unordered_set<std::string_view> kGroups = {
      "ministry",  "department",     "council",      "party",        "government",  "agency",
      "bank",      "committee",      "commission",   "association",  "union",       "federation",
      "league",    "club",           "company",      "firm",         "group",       "board",
      "authority", "organisation",   "organization", "trust",        "team",        "police",
      "army",      "administration", "campaign",     "report",       "study",       "survey",
      "statement", "court",          "office",       "spokesman",    "spokeswoman", "spokesperson",
      "source",    "sources",        "officials",    "government's", "kremlin",     "pentagon",
      "regulator", "watchdog",       "charity",      "hospital",     "school",      "university",
      "airline",   "business",       "bbc",          "paper",        "newspaper",   "website",
      "service",   "industry",       "market",       "markets",      "analysts",    "experts",
      "critics",   "opposition",     "unions",       "ministers",    "officers",    "residents",
      "doctors",   "researchers",    "scientists"};
  return kGroups.count(lower_word) > 0;
}

bool is_capitalised_function_word(std::string_view word) {
  static const std::unordered_set<std::string_view> kWords = {
      "the", "a", "an", "but", "and", "or", "so", "yet", "however", "meanwhile", "although",
      "though", "while", "whilst", "when", "where", "why", "how", "what", "who", "which", "if",
      "as", "at", "in", "on", "of", "for", "from", "to", "by", "with", "after", "before", "since",
      "until", "during", "despite", "because", "this", "that", "these", "those", "there", "here",
      "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
      "your", "one", "two", "three", "many", "some", "most", "all", "both", "each", "every", "no",
      "not", "now", "then", "also", "still", "even", "only", "just", "last", "next", "first", "new",
      "other", "another", "asked", "speaking", "according", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms",
      "dr", "sir", "yes", "well", "instead", "indeed", "later", "earlier", "today", "yesterday",
      "tomorrow", "under", "over", "about", "into", "than", "whether", "such", "more", "less",
      "few", "several", "any", "each", "further", "overall", "thus", "therefore", "nevertheless",
      "nonetheless", "perhaps", "maybe", "everything", "everyone", "everybody", "nothing",
      "something", "someone", "somebody", "anything", "anyone", "nobody", "given", "sure",
      // prepositions and heading words that start sentences and captions
      "unlike", "like", "amid", "among", "without", "within", "through", "across", "beyond",
      "behind", "below", "above", "against", "toward", "towards", "upon", "via", "per", "abstract",
      "update", "updated", "note", "read", "watch", "photo", "video", "listen", "click", "sign",
      "follow", "share", "related", "advertisement", "breaking", "exclusive", "analysis",
      "opinion"};
  // Lower-case into a small buffer: these lookups run for every capitalised word of every article.
  char buffer[32];
  if (word.size() > sizeof buffer) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    const char c = word[k];
    buffer[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return kWords.count(std::string_view(buffer, word.size())) > 0;
}

std::optional<Gender> person_pronoun(std::string_view lower_word) {
  if (lower_word == "he") return Gender::kMale;
  if (lower_word == "she") return Gender::kFemale;
  return std::nullopt;
}

bool is_role_connector(std::string_view lower_word) {
  return lower_word == "of" || lower_word == "for" || lower_word == "and" || lower_word == "the" ||
         lower_word == "on" || lower_word == "at" || lower_word == "&";
}

bool is_name_particle(std::string_view word) {
  static const std::unordered_set<std::string_view> kParticles = {
      "de",  "da",  "del", "della", "der", "di",  "du",  "la",  "le", "van",
      "von", "bin", "al",  "dos",   "das", "ter", "ten", "mac", "y"};
  return kParticles.count(word) > 0;
}

bool is_compass_word(std::string_view word) {
  static constexpr std::string_view kCompass[] = {
      "North",   "South",   "East",      "West",      "Northern",  "Southern", "Eastern",
      "Western", "Central", "Northeast", "Northwest", "Southeast", "Southwest"};
  return std::find(std::begin(kCompass), std::end(kCompass), word) != std::end(kCompass);
}

bool is_belief_verb(std::string_view lower_word) {
  static constexpr std::string_view kBelief[] = {
      "reckons", "reckoned", "thinks",    "thought", "believes", "believed", "feels",
      "felt",    "suspects", "suspected", "fears",   "feared",   "expects",  "expected"};
  return std::find(std::begin(kBelief), std::end(kBelief), lower_word) != std::end(kBelief);
}

}  // namespace news::lexicon
