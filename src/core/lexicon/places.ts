/**
 * Places, as reviewed lists: every country with its adjective and common short forms, the US states,
 * the EU/EEA and its member states, and regions. All lower case, as matched against folded text.
 */

/** [name, adjective, ...other names]. Names that are also common words are left to `ambiguousPlaces`. */
export const countries: readonly (readonly string[])[] = [
  ['afghanistan', 'afghan'], ['albania', 'albanian'], ['algeria', 'algerian'], ['andorra', 'andorran'], ['angola', 'angolan'],
  ['antigua and barbuda', 'antiguan'], ['argentina', 'argentine', 'argentinian'], ['armenia', 'armenian'], ['australia', 'australian'],
  ['austria', 'austrian'], ['azerbaijan', 'azerbaijani'], ['bahamas', 'bahamian'], ['bahrain', 'bahraini'], ['bangladesh', 'bangladeshi'],
  ['barbados', 'barbadian'], ['belarus', 'belarusian'], ['belgium', 'belgian'], ['belize', 'belizean'], ['benin', 'beninese'],
  ['bhutan', 'bhutanese'], ['bolivia', 'bolivian'], ['bosnia and herzegovina', 'bosnian'], ['botswana', 'botswanan'], ['brazil', 'brazilian'], ['british virgin islands', 'bvi'], ['cayman islands', 'caymanian'], ['bermuda', 'bermudian'], ['jersey (channel islands)'], ['isle of man', 'manx'], ['guernsey'], ['gibraltar'], ['puerto rico', 'puerto rican'],
  ['brunei', 'bruneian'], ['bulgaria', 'bulgarian'], ['burkina faso', 'burkinabe'], ['burundi', 'burundian'], ['cabo verde', 'cape verdean', 'cape verde'],
  ['cambodia', 'cambodian'], ['cameroon', 'cameroonian'], ['canada', 'canadian'], ['central african republic', 'central african'], ['chad', 'chadian'],
  ['chile', 'chilean'], ['china', 'chinese', "people's republic of china", 'prc', 'mainland china'], ['colombia', 'colombian'], ['comoros', 'comorian'],
  ['congo', 'congolese', 'democratic republic of the congo'], ['costa rica', 'costa rican'], ["cote d'ivoire", 'ivorian', 'ivory coast'], ['croatia', 'croatian'],
  ['cuba', 'cuban'], ['cyprus', 'cypriot'], ['czech republic', 'czech', 'czechia'], ['denmark', 'danish'], ['djibouti', 'djiboutian'],
  ['dominica', 'dominican'], ['dominican republic', 'dominican'], ['ecuador', 'ecuadorian'], ['egypt', 'egyptian'], ['el salvador', 'salvadoran'],
  ['equatorial guinea', 'equatoguinean'], ['eritrea', 'eritrean'], ['estonia', 'estonian'], ['eswatini', 'swazi', 'swaziland'], ['ethiopia', 'ethiopian'],
  ['fiji', 'fijian'], ['finland', 'finnish'], ['france', 'french'], ['gabon', 'gabonese'], ['gambia', 'gambian'], ['georgia', 'georgian'],
  ['germany', 'german'], ['ghana', 'ghanaian'], ['greece', 'greek', 'hellenic republic'], ['grenada', 'grenadian'], ['guatemala', 'guatemalan'],
  ['guinea', 'guinean'], ['guinea-bissau', 'bissau-guinean'], ['guyana', 'guyanese'], ['haiti', 'haitian'], ['honduras', 'honduran'],
  ['hong kong', 'hong kong sar'], ['hungary', 'hungarian'], ['iceland', 'icelandic'], ['india', 'indian'], ['indonesia', 'indonesian'], ['iran', 'iranian'],
  ['iraq', 'iraqi'], ['ireland', 'irish', 'republic of ireland'], ['israel', 'israeli'], ['italy', 'italian'], ['jamaica', 'jamaican'], ['japan', 'japanese'],
  ['jordan', 'jordanian'], ['kazakhstan', 'kazakh', 'kazakhstani'], ['kenya', 'kenyan'], ['kiribati', 'i-kiribati'], ['kosovo', 'kosovar'],
  ['kuwait', 'kuwaiti'], ['kyrgyzstan', 'kyrgyz'], ['laos', 'lao', 'laotian'], ['latvia', 'latvian'], ['lebanon', 'lebanese'], ['lesotho', 'basotho'],
  ['liberia', 'liberian'], ['libya', 'libyan'], ['liechtenstein', 'liechtensteiner'], ['lithuania', 'lithuanian'], ['luxembourg', 'luxembourgish', 'grand duchy of luxembourg'],
  ['macao', 'macanese', 'macau'], ['madagascar', 'malagasy'], ['malawi', 'malawian'], ['malaysia', 'malaysian'], ['maldives', 'maldivian'], ['mali', 'malian'],
  ['malta', 'maltese'], ['marshall islands', 'marshallese'], ['mauritania', 'mauritanian'], ['mauritius', 'mauritian'], ['mexico', 'mexican'],
  ['micronesia', 'micronesian'], ['moldova', 'moldovan'], ['monaco', 'monegasque'], ['mongolia', 'mongolian'], ['montenegro', 'montenegrin'],
  ['morocco', 'moroccan'], ['mozambique', 'mozambican'], ['myanmar', 'burmese', 'burma'], ['namibia', 'namibian'], ['nauru', 'nauruan'], ['nepal', 'nepali', 'nepalese'],
  ['netherlands', 'dutch', 'the netherlands', 'holland'], ['new zealand', 'new zealander'], ['nicaragua', 'nicaraguan'], ['niger', 'nigerien'],
  ['nigeria', 'nigerian'], ['north korea', 'north korean'], ['north macedonia', 'macedonian'], ['norway', 'norwegian'], ['oman', 'omani'],
  ['pakistan', 'pakistani'], ['palau', 'palauan'], ['palestine', 'palestinian'], ['panama', 'panamanian'], ['papua new guinea', 'papua new guinean'],
  ['paraguay', 'paraguayan'], ['peru', 'peruvian'], ['philippines', 'filipino', 'philippine'], ['poland', 'polish'], ['portugal', 'portuguese'],
  ['qatar', 'qatari'], ['romania', 'romanian'], ['russia', 'russian', 'russian federation'], ['rwanda', 'rwandan'], ['saint kitts and nevis', 'kittitian'],
  ['saint lucia', 'saint lucian'], ['saint vincent and the grenadines', 'vincentian'], ['samoa', 'samoan'], ['san marino', 'sammarinese'],
  ['sao tome and principe', 'santomean'], ['saudi arabia', 'saudi', 'saudi arabian'], ['senegal', 'senegalese'], ['serbia', 'serbian'], ['seychelles', 'seychellois'],
  ['sierra leone', 'sierra leonean'], ['singapore', 'singaporean'], ['slovakia', 'slovak', 'slovak republic'], ['slovenia', 'slovenian', 'slovene'],
  ['solomon islands', 'solomon islander'], ['somalia', 'somali'], ['south africa', 'south african'], ['south korea', 'south korean', 'korea', 'korean', 'republic of korea'],
  ['south sudan', 'south sudanese'], ['spain', 'spanish'], ['sri lanka', 'sri lankan'], ['sudan', 'sudanese'], ['suriname', 'surinamese'], ['sweden', 'swedish'],
  ['switzerland', 'swiss', 'swiss confederation'], ['syria', 'syrian'], ['taiwan', 'taiwanese'], ['tajikistan', 'tajik'], ['tanzania', 'tanzanian'], ['thailand', 'thai'],
  ['timor-leste', 'timorese', 'east timor'], ['togo', 'togolese'], ['tonga', 'tongan'], ['trinidad and tobago', 'trinidadian'], ['tunisia', 'tunisian'],
  ['turkey', 'turkish', 'turkiye'], ['turkmenistan', 'turkmen'], ['tuvalu', 'tuvaluan'], ['uganda', 'ugandan'], ['ukraine', 'ukrainian'],
  ['united arab emirates', 'emirati', 'uae', 'u.a.e.'], ['united kingdom', 'british', 'uk', 'u.k.', 'great britain', 'england', 'english', 'scotland', 'scottish', 'wales', 'welsh', 'northern ireland'],
  ['united states', 'american', 'united states of america', 'usa', 'u.s.a.', 'u.s.', 'us', 'america'], ['uruguay', 'uruguayan'], ['uzbekistan', 'uzbek'], ['vanuatu', 'ni-vanuatu'],
  ['vatican city', 'vatican', 'holy see'], ['venezuela', 'venezuelan'], ['vietnam', 'vietnamese', 'viet nam'], ['yemen', 'yemeni'], ['zambia', 'zambian'], ['zimbabwe', 'zimbabwean'],
];

/**
 * Country names or adjectives that are also ordinary English words or names in contracts: they count
 * as places only with a place cue ("in", "to", "the laws of") and in their country's sense.
 */
export const ambiguousPlaces: readonly string[] = ['us', 'georgia', 'jordan', 'chad', 'guinea', 'turkey', 'niger', 'mali', 'english', 'polish', 'dominica', 'jersey', 'victoria', 'washington'];

/** The fifty states and the District of Columbia. */
export const usStates: readonly string[] = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho',
  'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota',
  'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina',
  'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas',
  'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'district of columbia',
];

/** Other sub-national jurisdictions contracts choose often (provinces, Länder, cantons, cities with courts). */
export const subnational: readonly string[] = [
  'ontario', 'quebec', 'british columbia', 'alberta', 'new south wales', 'victoria', 'queensland', 'bavaria', 'hesse', 'zurich', 'geneva', 'zug',
  'bern', 'basel', 'dublin', 'london', 'paris', 'amsterdam', 'munich', 'frankfurt', 'berlin', 'hamburg', 'stockholm', 'oslo', 'helsinki',
  'copenhagen', 'madrid', 'milan', 'brussels', 'vienna', 'luxembourg city', 'singapore', 'hong kong', 'tokyo', 'sydney', 'toronto',
  'san francisco', 'santa clara', 'king county', 'new york county', 'wilmington', 'seattle', 'beijing', 'shenzhen', 'hangzhou', 'moscow',
];

/** The member states of the European Union. */
export const euMemberStates: readonly string[] = [
  'austria', 'belgium', 'bulgaria', 'croatia', 'cyprus', 'czech republic', 'czechia', 'denmark', 'estonia', 'finland', 'france', 'germany',
  'greece', 'hungary', 'ireland', 'italy', 'latvia', 'lithuania', 'luxembourg', 'malta', 'netherlands', 'poland', 'portugal', 'romania',
  'slovakia', 'slovenia', 'spain', 'sweden',
];

/** EEA members outside the EU, and Switzerland, which EU transfer rules treat as adequate. */
export const eeaNonEu: readonly string[] = ['iceland', 'liechtenstein', 'norway'];

/** Ways to name the EU, the EEA, a member state, or Europe as a legal area. */
export const europeanAreas: readonly string[] = [
  'european union', 'eu', 'e.u.', 'european economic area', 'eea', 'e.e.a.', 'efta', 'member state', 'member states', 'eu member state',
  'union', 'europe', 'european', 'eu/eea', 'eea/switzerland', 'eu/eea/switzerland', 'eu and efta',
];

/** Regions and groupings that are not one country. */
export const regions: readonly string[] = [
  'apac', 'asia-pacific', 'asia pacific', 'asia', 'emea', 'latam', 'latin america', 'north america', 'south america', 'middle east', 'africa',
  'oceania', 'nordics', 'nordic countries', 'scandinavia', 'the americas', 'southeast asia', 'greater china', 'gulf', 'benelux', 'dach',
];

/** Words that say "anywhere" or "abroad" without naming a place. */
export const anywhereWords: readonly string[] = [
  'any country', 'any other country', 'any jurisdiction', 'any location', 'other countries', 'other jurisdictions', 'multiple countries',
  'various countries', 'around the world', 'throughout the world', 'worldwide', 'globally', 'overseas', 'abroad', 'third country',
  'third countries', 'wherever', 'anywhere', 'anywhere in the world', 'internationally', 'outside your country', 'outside the country', 'across borders', 'cross-border',
];
