#!/usr/bin/env node
/*
 * test/gen_inflection_words.js
 *
 * Regenerates test/inflection_words.tsv, the reference list that
 * test/check_inflection.c checks src/inflection.c against, from the real
 * npm package inflection 1.13.4 (the version Sequelize v6 depends on).
 *
 *   cd test && npm ci && node gen_inflection_words.js
 *
 * Output format: UTF-8, one word a line, three tab-separated columns
 *   word <TAB> pluralize(word) <TAB> singularize(word)
 * Lines starting with '#' are comments (the header).  No word contains a
 * tab or a newline, and the empty word is not listed (tested by hand: the
 * C code returns "" where the library pluralizes "" to "s").
 */
'use strict';

const fs = require('fs');
const path = require('path');
const inflection = require('inflection');

const EXPECTED_VERSION = '1.13.4';

/*
 * Base words, lower case: model-like names, irregulars, uncountables, and
 * words chosen to reach every rule of the library (endings -ies, -ves,
 * -oes, -ss, -us, -is, -ix, -ex, -x, -ch, -sh, -y, -ay, -ey, -quy, ...),
 * in singular and plural forms.
 */
const BASE_WORDS = [
	// model-like names
	'user', 'person', 'category', 'status', 'address', 'hypothesis',
	'child', 'mouse', 'ox', 'quiz', 'matrix', 'index', 'vertex', 'analysis',
	'series', 'sheep', 'fish', 'equipment', 'information', 'rice', 'money',
	'species', 'news', 'company', 'box', 'bus', 'alias', 'octopus', 'virus',
	'cactus', 'crisis', 'axis', 'tooth', 'foot', 'goose', 'leaf', 'knife',
	'wife', 'life', 'half', 'wolf', 'hero', 'potato', 'photo', 'piano',
	'zoo', 'movie', 'actor', 'team', 'player', 'ship', 'captain', 'project',
	'task', 'worker', 'tag', 'invoice', 'subscription', 'mail', 'game',
	'document', 'version', 'trainer', 'video', 'comment', 'post', 'image',
	'product', 'datum', 'medium', 'criterion', 'phenomenon', 'account',
	'order', 'customer', 'supplier', 'employee', 'department', 'role',
	'permission', 'group', 'member', 'profile', 'session', 'token', 'country',
	'city', 'state', 'region', 'location', 'event', 'ticket', 'payment',
	'transaction', 'message', 'notification', 'article', 'author', 'book',
	'library', 'chapter', 'page', 'note', 'file', 'folder', 'attachment',
	'review', 'rating', 'like', 'follower', 'friend', 'friendship', 'vote',
	'poll', 'answer', 'question', 'course', 'lesson', 'student', 'teacher',
	'school', 'class', 'grade', 'exam', 'survey', 'response', 'setting',
	'log', 'entry', 'journey', 'day', 'key', 'monkey', 'toy', 'boy', 'guy',
	'soliloquy', 'colloquy', 'query', 'story', 'history', 'activity',
	'property', 'reply', 'delivery', 'inventory', 'warehouse', 'shipment',
	'carrier', 'vehicle', 'driver', 'drive', 'route', 'stop', 'schedule',
	'calendar', 'appointment', 'doctor', 'patient', 'clinic', 'diagnosis',
	'prognosis', 'synopsis', 'parenthesis', 'thesis', 'basis', 'testis',
	'database', 'hive', 'curve', 'dwarf', 'scarf', 'elf', 'shelf', 'calf',
	'loaf', 'thief', 'chief', 'roof', 'proof', 'cliff', 'staff', 'giraffe',
	'safe', 'cafe', 'wave', 'cave', 'slave', 'glove', 'move', 'olive',
	'archive', 'objective', 'directive', 'incentive', 'native', 'detective',
	'echo', 'tomato', 'buffalo', 'volcano', 'radio', 'studio', 'portfolio',
	'memo', 'logo', 'shoe', 'toe', 'hoe', 'canoe', 'oboe', 'witch', 'match',
	'batch', 'church', 'branch', 'search', 'watch', 'switch', 'dish', 'wish',
	'brush', 'crash', 'hash', 'wash', 'push', 'flash', 'boss', 'glass',
	'pass', 'kiss', 'process', 'access', 'business', 'success', 'progress',
	'loss', 'mess', 'tax', 'fax', 'fox', 'sex', 'suffix', 'prefix', 'appendix',
	'complex', 'reflex', 'mix', 'lynx', 'annex', 'campus', 'canvas', 'bonus',
	'summons', 'whereas', 'genus', 'genera', 'focus', 'fungus', 'stimulus',
	'syllabus', 'radius', 'census', 'corpus', 'apparatus', 'prospectus',
	'nucleus', 'locus', 'abacus', 'walrus', 'minus', 'plus', 'gas', 'atlas',
	'iris', 'penis', 'tennis', 'chassis', 'mantis', 'louse', 'blouse',
	'spouse', 'house', 'woman', 'man', 'human', 'german', 'roman', 'shaman',
	'salesman', 'chairman', 'policeman', 'salesperson', 'chairperson',
	'grandchild', 'stepchild', 'schoolchild', 'beta', 'quota', 'media',
	'data', 'criteria', 'pizza', 'agenda', 'area', 'idea', 'formula',
	'antenna', 'alumna', 'vita', 'meta', 'delta', 'zeta', 'theta', 'villa',
	'stadium', 'podium', 'museum', 'forum', 'album', 'premium', 'bacterium',
	'curriculum', 'memorandum', 'symposium', 'aquarium', 'atrium',
	'millennium', 'quorum', 'spectrum', 'maximum', 'minimum', 'optimum',
	'pendulum', 'gymnasium', 'sanatorium', 'item', 'system', 'problem',
	'program', 'diagram', 'telegram', 'gram', 'team', 'dream', 'stream',
	'foot', 'feet', 'tooth', 'teeth', 'goose', 'geese', 'mongoose', 'moose',
	'deer', 'aircraft', 'homework', 'housework', 'software', 'hardware',
	'food', 'seafood', 'ice', 'price', 'slice', 'device', 'service',
	'office', 'notice', 'choice', 'voice', 'police', 'advice', 'dice',
	'lice', 'mice', 'vice', 'juice', 'spice', 'twice', 'justice',
	'apprentice', 'quiz', 'whiz', 'fez', 'waltz', 'topaz', 'blitz',
	'crossroads', 'gallows', 'measles', 'mumps', 'economics', 'physics',
	'mathematics', 'ethics', 'athletics', 'genetics', 'linguistics',
	'gymnastics', 'yoga', 'zinc', 'zoology', 'karate', 'knowledge', 'luck',
	'milk', 'smoke', 'smoking', 'livestock', 'lack', 'envy', 'honey',
	'irony', 'unity', 'safety', 'poetry', 'poverty', 'jewelry', 'scenery',
	'machinery', 'symmetry', 'honesty', 'dignity', 'obesity', 'publicity',
	'reliability', 'stupidity', 'validity', 'vitality', 'botany', 'biology',
	'psychology', 'electricity', 'hospitality', 'loneliness', 'happiness',
	'spaghetti', 'macaroni', 'linguine', 'linguini', 'pasta', 'lava', 'flu',
	'fun', 'mud', 'rum', 'jam', 'aid', 'air', 'harm', 'heat', 'help', 'iron',
	'snow', 'soap', 'soil', 'steam', 'stuff', 'trust', 'veal', 'wheat',
	'gold', 'golf', 'dust', 'dirt', 'cash', 'chalk', 'chaos', 'chess',
	'bread', 'beef', 'blood', 'bacon', 'butter', 'carbon', 'cardboard',
	'research', 'respect', 'revenge', 'rubbish', 'sleep', 'shame', 'fame',
	'pride', 'hate', 'grief', 'guilt', 'gossip', 'garlic', 'garbage',
	'welfare', 'wealth', 'warmth', 'weather', 'wildlife', 'wisdom',
	'oxygen', 'hydrogen', 'nitrogen', 'methane', 'quartz', 'marble',
	'timber', 'thunder', 'thirst', 'traffic', 'underwear', 'unemployment',
	'violence', 'vengeance', 'vegetation', 'vegetarianism', 'nature',
	'nurture', 'nutrition', 'nonsense', 'obedience', 'patience', 'pollution',
	'punctuation', 'racism', 'relaxation', 'importance', 'inflation',
	'innocence', 'evidence', 'evolution', 'education', 'engineering',
	'enjoyment', 'advertising', 'accommodation', 'adulthood', 'aggression',
	'alcohol', 'anger', 'applause', 'arithmetic', 'assistance', 'baggage',
	'luggage', 'furniture', 'fuel', 'flour', 'fiction', 'gratitude',
	'hatred', 'health', 'humour', 'hunger', 'judo', 'laughter', 'leather',
	'leisure', 'lightning', 'literature', 'litter', 'logic', 'magic',
	'management', 'mankind', 'mayonnaise', 'music', 'seaside', 'shopping',
	'sunshine', 'transportation', 'dancing', 'countryside', 'ox', 'oxen',
	'oxenford', 'box', 'fox', 'ax', 'axe', 'test', 'tests', 'testes', 'axes',
	'crises', 'taxes', 'boxes', 'index', 'indices', 'indexes', 'vertices',
	'vertexes', 'matrices', 'matrixes', 'appendices',
	// plural forms to singularize
	'users', 'people', 'children', 'men', 'women', 'statuses', 'analyses',
	'hypotheses', 'addresses', 'categories', 'companies', 'mice', 'quizzes',
	'buses', 'aliases', 'octopuses', 'viruses', 'cactuses', 'cacti',
	'leaves', 'knives', 'wives', 'lives', 'halves', 'wolves', 'heroes',
	'potatoes', 'photos', 'pianos', 'zoos', 'movies', 'actors', 'teams',
	'players', 'ships', 'captains', 'projects', 'tasks', 'workers', 'tags',
	'invoices', 'subscriptions', 'mails', 'games', 'documents', 'versions',
	'trainers', 'videos', 'comments', 'posts', 'images', 'products',
	'phenomena', 'criteria', 'media', 'data', 'bases', 'diagnoses',
	'prognoses', 'synopses', 'parentheses', 'theses', 'databases', 'drives',
	'hives', 'archives', 'curves', 'dwarves', 'scarves', 'elves', 'shelves',
	'calves', 'loaves', 'thieves', 'caves', 'waves', 'slaves', 'gloves',
	'moves', 'olives', 'objectives', 'natives', 'series', 'species',
	'witches', 'matches', 'churches', 'dishes', 'wishes', 'classes',
	'glasses', 'bosses', 'processes', 'businesses', 'foxes', 'sexes',
	'suffixes', 'lice', 'slices', 'devices', 'services', 'prices', 'shoes',
	'toes', 'canoes', 'echoes', 'tomatoes', 'buffaloes', 'volcanoes',
	'campuses', 'canvases', 'bonuses', 'summonses', 'whereases', 'genuses',
	'foci', 'fungi', 'radii', 'corpora', 'stadiums', 'stadia', 'forums',
	'fora', 'albums', 'items', 'systems', 'dreams', 'keys', 'days', 'boys',
	'toys', 'guys', 'monkeys', 'journeys', 'entries', 'queries', 'stories',
	'soliloquies', 'colloquies', 'replies', 'deliveries', 'histories',
	'activities', 'properties', 'countries', 'cities', 'libraries',
	'salesmen', 'chairmen', 'policemen', 'humans', 'germans', 'romans',
	'salespeople', 'grandchildren', 'geese', 'feet', 'teeth', 'mongooses',
	'news', 'gas', 'gases', 'atlases', 'irises', 'tennis', 'minuses',
	'pluses', 'pluss', 'grasses', 'kisses', 'losses', 'messes', 'us', 'is',
	'as', 'ss', 's', 'a', 'y', 'i', 'o', 'x', 'f', 'fe', 'ves', 'ies', 'es',
	'ies', 'oes', 'ices', 'men', 'en', 'an', 'person', 'persons', 'peoples',
	'childs', 'childrens', 'mens', 'mans', 'womans', 'womens', 'foots',
	'tooths', 'gooses', 'moose', 'mooses', 'quizs', 'quizes', 'quizzeses',
	'ta', 'ia', 'tium', 'ium', 'um', 'sis', 'ses', 'xes', 'ches', 'shes',
	'sses', 'quy', 'quies', 'qui', 'ay', 'ey', 'oy', 'uy', 'iy', 'yy',
	'by', 'buy', 'guy', 'quay', 'quays', 'soliloquy', 'obloquy', 'reliquy',
	// odd shapes
	'x|ice', 'x|ouse', 'l|ice', 'xmice', 'xlice', 'womanly', 'manhattan',
	'mankind', 'humankind', 'feetsie', 'teethe', 'geese2', 'foot_ball',
	'user_id', 'user_ids', 'userId', 'item-tag', 'item tag', 'data base',
	'a1', '123', '42s', 'v2', 'v2s', '_', '__', '-', 'ß', 'café', 'cafés',
	'niño', 'niños', 'straße', 'señora', 'façade', 'naïve', 'résumé',
	'résumés', 'bébé', 'épée', 'zoë', 'ångström', 'mañana', 'jalapeño',
	'piñata', 'éfe', 'éies', 'øy', 'Ωmega', 'ωs', 'ñs', 'こんにちは', '日本',
	'δ', 'Σ', 'usersσ', 'emoji😀', '😀s', '😀ies', '😀fe',
	'\u212Aarate', 'LAC\u212A', 'ma\u212Aes', 'mil\u212A'
];

/* Model-like CamelCase names, as Sequelize users write them. */
const CAMEL_WORDS = [
	'UserProfile', 'UserProfiles', 'UserProject', 'UserProjects',
	'ActorMovie', 'ActorMovies', 'ItemTag', 'ItemTags', 'PostComment',
	'PostComments', 'OrderItem', 'OrderItems', 'ProductCategory',
	'ProductCategories', 'UserAddress', 'UserAddresses', 'CompanyPerson',
	'CompanyPeople', 'ParentChild', 'ParentChildren', 'TeamMember',
	'TeamMembers', 'ProjectTask', 'ProjectTasks', 'UserStatus',
	'UserStatuses', 'ShipCaptain', 'ShipCaptains', 'GameTeam', 'GameTeams',
	'PlayerGame', 'TeamPlayer', 'VideoComment', 'ImageComment',
	'DocumentVersion', 'TrainerUser', 'InvoiceLine', 'InvoiceLines',
	'SubscriptionPlan', 'MailBox', 'MailBoxes', 'Mailbox', 'Mailboxes',
	'SearchIndex', 'SearchIndices', 'SearchIndexes', 'GraphVertex',
	'GraphVertices', 'DataMatrix', 'DataMatrices', 'DataAnalysis',
	'DataAnalyses', 'TimeSeries', 'BlackSheep', 'UserInformation',
	'SchoolHomework', 'PocketMoney', 'GoldFish', 'GoldFishes', 'HomeAddress',
	'WorkAddress', 'TestCrisis', 'TestCrises', 'XAxis', 'XAxes', 'TaxBus',
	'SchoolBus', 'SchoolBuses', 'EmailAlias', 'EmailAliases', 'ComputerVirus',
	'ComputerViruses', 'SeaOctopus', 'MovieActor', 'MovieActors', 'HeroPotato',
	'FamilyLife', 'FamilyLives', 'PenKnife', 'PenKnives', 'BookShelf',
	'BookShelves', 'WereWolf', 'WereWolves', 'SalesPerson', 'SalesPeople',
	'Salesperson', 'Salespeople', 'SalesMan', 'SalesMen', 'FireMan',
	'SuperWoman', 'SuperWomen', 'GrandChild', 'GrandChildren', 'LabMouse',
	'LabMice', 'PopQuiz', 'PopQuizzes', 'WisdomTooth', 'WisdomTeeth',
	'BigFoot', 'BigFeet', 'MotherGoose', 'TeaLeaf', 'TeaLeaves', 'MediaItem',
	'MediaItems', 'SocialMedia', 'MetaData', 'UserData', 'UserDatum',
	'UserMedium', 'SuccessCriterion', 'SuccessCriteria', 'NaturalPhenomenon',
	'UserSession', 'AuthToken', 'UserRole', 'RolePermission', 'UserGroup',
	'GroupMember', 'EventTicket', 'OrderPayment', 'BankTransaction',
	'ChatMessage', 'PushNotification', 'BlogPost', 'BlogPostTag', 'BookAuthor',
	'CourseLesson', 'ClassStudent', 'ExamGrade', 'SurveyResponse',
	'AppSetting', 'AuditLog', 'LogEntry', 'LogEntries', 'ApiKey', 'ApiKeys',
	'WorkDay', 'WorkDays', 'GameBoy', 'QueryLog', 'UserQuery', 'UserQueries',
	'HardDrive', 'HardDrives', 'BeeHive', 'BeeHives', 'BellCurve',
	'BellCurves', 'TestDatabase', 'TestDatabases', 'CampusMap',
	'UniversityCampus', 'UniversityCampuses', 'OilCanvas', 'CourtSummons',
	'SignBonus', 'AnimalGenus', 'MainStadium', 'ChatForum', 'PhotoAlbum',
	'RedShoe', 'RedShoes', 'BigToe', 'BigToes', 'TomatoSauce', 'RedTomato',
	'RedTomatoes', 'AfricanBuffalo', 'WaterBuffalo', 'ChurchBell',
	'LocalChurch', 'LocalChurches', 'TagMatch', 'TagMatches', 'SideDish',
	'SideDishes', 'GlassBox', 'GlassBoxes', 'FirstClass', 'FirstClasses',
	'SubProcess', 'SubProcesses', 'IncomeTax', 'IncomeTaxes', 'ArcticFox',
	'FileSuffix', 'OpenQuiz', 'ShoeBox', 'XMLHttpRequest', 'HTMLElement',
	'IOStream', 'OAuthClient', 'URLAlias', 'GPSStatus', 'IDs', 'ID', 'API',
	'APIs', 'CPUs', 'CPU', 'HTTPStatus', 'SQLQuery', 'JSONData', 'UUIDs'
];

function variants(word)
{
	const lower = word.toLowerCase();
	const upper = word.toUpperCase();
	const capitalized = word.charAt(0).toUpperCase() + word.slice(1);
	return [word, lower, capitalized, upper];
}

function main()
{
	const pkg = require('inflection/package.json');
	if (pkg.version !== EXPECTED_VERSION)
		throw new Error('inflection ' + pkg.version + ' installed, ' +
						EXPECTED_VERSION + ' expected');

	const seen = new Set();
	const words = [];
	const add = (w) => {
		if (w === '' || /[\t\n\r]/.test(w) || seen.has(w))
			return;
		seen.add(w);
		words.push(w);
	};

	for (const w of BASE_WORDS)
		variants(w).forEach(add);
	for (const w of CAMEL_WORDS)
		variants(w).forEach(add);
	/* the library's own outputs, fed back in both directions */
	for (const w of words.slice())
	{
		add(inflection.pluralize(w));
		add(inflection.singularize(w));
	}

	const lines = [
		'# test/inflection_words.tsv: generated by test/gen_inflection_words.js',
		'# from the npm package inflection ' + pkg.version + '; do not edit.',
		'# word<TAB>pluralize(word)<TAB>singularize(word), UTF-8, one a line.'
	];
	for (const w of words)
		lines.push([w, inflection.pluralize(w), inflection.singularize(w)].join('\t'));

	const out = path.join(__dirname, 'inflection_words.tsv');
	fs.writeFileSync(out, lines.join('\n') + '\n');
	console.log('wrote ' + words.length + ' words to ' + out);
}

main();
