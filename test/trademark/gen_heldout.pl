#!/usr/bin/perl
# test/trademark/gen_heldout.pl
#	HELD-OUT labelled corpus of marketplace listing titles for the trademark
#	check (issue 5 §4).  trademark_check and its built-in lexicon were tuned
#	against the misses of gen_corpus.pl's development corpus; this corpus
#	was written separately, from the issue and the domain primer only
#	(without reading the checker's lexicon or code), with its own seed,
#	templates and vocabulary: other product nouns, phrasings, counterfeit
#	cue expressions, referential phrasings, disguise variants and
#	negatives.  Never tune the checker on it: its figures are the honest
#	ones.
#
#	Same marks (marks.tsv next to this script) and the same tab-separated
#	columns as gen_corpus.pl, with a header line:
#
#	  id		listing number, 1..N
#	  listing	the title, as a seller would write it
#	  seller	seller name or empty
#	  gtin		GTIN-13 (valid check digit) or empty
#	  jurisdiction	ISO 3166 code of the marketplace or empty
#	  nice_class	Nice class of the listing's category or empty
#	  expected_mark	the registered mark the title uses, or empty (negative)
#	  kind		exact, spacing, homoglyph, transliteration, typo,
#			referential or negative
#	  referential	1 when the mark names what an accessory fits, else 0
#	  cues		counterfeit cue expressions in the title (comma-separated,
#			as written, lower case) or empty
#	  lang		language of the title: ru kk en tr az ka zh
#	  other_marks	further registered marks the title also uses as written
#
#	Deterministic (fixed seed, sorted keys, no hash-order dependence), core
#	Perl only.  Usage: perl gen_heldout.pl [OUTFILE] (default: standard
#	output).  Environment: GEN_HELDOUT_SEED (default 77031), GEN_HELDOUT_SCALE
#	(default 1: about 2,050 listings).
use strict;
use warnings;
use utf8;
use File::Basename qw(dirname);

my $SEED = $ENV{GEN_HELDOUT_SEED} // 77031;
my $SCALE = $ENV{GEN_HELDOUT_SCALE} // 1;
srand($SEED);
binmode(STDERR, ':encoding(UTF-8)');

# --- marks ---------------------------------------------------------------
my (@MARKS, %NICE, %GS1);
{
	my $f = dirname(__FILE__) . '/marks.tsv';
	open(my $in, '<:encoding(UTF-8)', $f) or die "cannot read $f: $!\n";
	while (my $l = <$in>)
	{
		chomp $l;
		next if $l =~ /^#/ || $l eq '';
		my @c = split /\t/, $l, -1;
		push @MARKS, $c[0];
		$NICE{$c[0]} = {map { $_ => 1 } split /,/, $c[2]};
		$GS1{$c[0]} = [split /,/, $c[5]];
	}
}

# one_of LIST: a uniformly chosen element
sub one_of { return $_[int(rand(@_))]; }

# coin P: true with probability P
sub coin { return rand() < $_[0]; }

# weighted [value, weight]...: a value chosen by weight
sub weighted
{
	my $sum = 0;
	$sum += $_->[1] for @_;
	my $x = rand($sum);
	for my $p (@_)
	{
		$x -= $p->[1];
		return $p->[0] if $x < 0;
	}
	return $_[-1][0];
}

my @LANG_MIX = ([ru => 27], [kk => 15], [en => 18], [tr => 13], [az => 11], [ka => 9], [zh => 7]);
my %MARKET = (ru => [qw(KZ RU KZ BY KG)], kk => ['KZ'], en => [qw(KZ GE AZ UZ AM TR)],
			  tr => ['TR'], az => ['AZ'], ka => ['GE'], zh => [qw(CN KZ)]);
my %COL = (ru => 0, kk => 1, en => 2, tr => 3, az => 4, ka => 5, zh => 6);

# --- goods: kind => [class, [ru], [kk], [en], [tr], [az], [ka], [zh]] ------
# several nouns per language, none of them the development corpus's
my %GOODS = (
	styler => [11, ['Стайлер для волос', 'Фен-щётка', 'Мультистайлер'], ['Шаш стайлері', 'Фен-тарақ'],
		['Hair styler', 'Hot air brush', 'Multi-styler'], ['Saç şekillendirici', 'Fön makinesi'],
		['Saç stayleri', 'Fen daraq'], ['თმის სტაილერი', 'ფენი'], ['卷发棒', '电吹风']],
	stickvac => [7, ['Вертикальный пылесос', 'Ручной пылесос', 'Робот-пылесос'], ['Тік шаңсорғыш', 'Робот шаңсорғыш'],
		['Stick vacuum cleaner', 'Robot vacuum', 'Handheld vacuum'], ['Şarjlı süpürge', 'Robot süpürge'],
		['Şaquli tozsoran', 'Robot tozsoran'], ['ვერტიკალური მტვერსასრუტი', 'რობოტი მტვერსასრუტი'], ['无线吸尘器', '扫地机器人']],
	purifier => [11, ['Очиститель воздуха', 'Увлажнитель воздуха'], ['Ауа тазартқыш', 'Ауа ылғалдандырғыш'],
		['Air purifier', 'Humidifier'], ['Hava temizleyici', 'Nemlendirici'], ['Hava təmizləyici'],
		['ჰაერის გამწმენდი'], ['空气净化器', '加湿器']],
	buds => [9, ['TWS гарнитура', 'Беспроводные вкладыши', 'Блютуз наушники'], ['Блютуз құлаққап', 'TWS құлаққап'],
		['True wireless earphones', 'Bluetooth earbuds', 'In-ear headset'], ['Bluetooth kulaklık', 'Kulak içi kulaklık'],
		['Bluetooth qulaqlıq', 'Qulaqcıq'], ['ბლუთუზ ყურსასმენები'], ['蓝牙耳机', '真无线耳机']],
	mobile => [9, ['Мобильный телефон', 'Телефон', 'Сотовый'], ['Ұялы телефон', 'Телефон'],
		['Mobile phone', 'Cell phone', 'Unlocked phone'], ['Cep telefonu', 'Telefon'], ['Mobil telefon', 'Telefon'],
		['მობილური ტელეფონი', 'ტელეფონი'], ['智能手机', '手机 全网通']],
	tablet => [9, ['Планшет'], ['Планшет'], ['Tablet'], ['Tablet'], ['Planşet'], ['პლანშეტი'], ['平板电脑']],
	notebook => [9, ['Игровой ноутбук', 'Ультрабук'], ['Ойын ноутбугі', 'Ультрабук'], ['Gaming notebook', 'Ultrabook'],
		['Oyun bilgisayarı', 'Notebook'], ['Oyun noutbuku'], ['სათამაშო ლეპტოპი'], ['游戏本', '轻薄本']],
	soundbox => [9, ['Блютуз колонка', 'Акустика беспроводная'], ['Блютуз колонка', 'Сымсыз динамик'],
		['Bluetooth speaker', 'Party speaker', 'Waterproof speaker'], ['Bluetooth hoparlör', 'Ses bombası'],
		['Bluetooth kolonka', 'Səsgücləndirici'], ['ბლუთუზ დინამიკი'], ['无线音箱', '便携音响']],
	overear => [9, ['Полноразмерные наушники', 'Наушники с шумоподавлением'], ['Шуды басатын құлаққап'],
		['Over-ear headphones', 'Noise cancelling headphones'], ['Kulak üstü kulaklık', 'Gürültü engelleyici kulaklık'],
		['Səs-küy söndürən qulaqlıq'], ['ხმაურის დამხშობი ყურსასმენი'], ['头戴式耳机', '降噪耳机']],
	trimmer => [8, ['Триммер для бороды', 'Эпилятор', 'Машинка для стрижки'], ['Сақал триммері', 'Эпилятор'],
		['Beard trimmer', 'Epilator', 'Hair clipper'], ['Sakal kesme makinesi', 'Epilasyon aleti'],
		['Saqqal trimmeri', 'Epilyator'], ['წვერის ტრიმერი', 'ეპილატორი'], ['理发器', '脱毛仪']],
	airfryer => [11, ['Аэрогриль', 'Мультипечь', 'Кофемашина'], ['Аэрогриль', 'Кофе машинасы'],
		['Air fryer', 'Espresso machine'], ['Airfryer fritöz', 'Kahve makinesi'], ['Aerofritür', 'Qəhvə maşını'],
		['აეროგრილი', 'ყავის აპარატი'], ['空气炸锅', '咖啡机']],
	dentalcare => [21, ['Ирригатор', 'Звуковая щётка'], ['Ирригатор', 'Дыбыстық тіс щеткасы'],
		['Water flosser', 'Sonic toothbrush'], ['Ağız duşu', 'Sonik diş fırçası'], ['İrriqator'],
		['ირიგატორი'], ['冲牙器', '声波牙刷']],
	runners => [25, ['Кеды', 'Беговые кроссовки', 'Слипоны'], ['Кеды', 'Жүгіруге арналған кроссовка'],
		['Running shoes', 'Trainers', 'High-top sneakers'], ['Koşu ayakkabısı', 'Sneaker'], ['Krossovka', 'Qaçış ayaqqabısı'],
		['კედები', 'სარბენი ბოტასები'], ['跑步鞋', '板鞋']],
	apparel => [25, ['Худи оверсайз', 'Футболка', 'Ветровка', 'Пуховик'], ['Худи', 'Футболка', 'Күртеше'],
		['Hoodie', 'T-shirt', 'Windbreaker', 'Puffer jacket'], ['Kapüşonlu sweatshirt', 'Tişört', 'Mont'],
		['Hudi', 'Futbolka', 'Gödəkçə'], ['ჰუდი', 'მაისური', 'ქურთუკი'], ['卫衣', 'T恤', '羽绒服']],
	leather => [18, ['Клатч', 'Кошелёк', 'Поясная сумка', 'Сумка-тоут'], ['Әмиян', 'Клатч', 'Белдік сөмке'],
		['Wallet', 'Clutch', 'Tote bag', 'Crossbody bag'], ['Cüzdan', 'Omuz çantası', 'El çantası'],
		['Pul kisəsi', 'Klatç', 'Çanta'], ['საფულე', 'ხელჩანთა'], ['钱包', '斜挎包', '托特包']],
	belt => [25, ['Ремень мужской', 'Шарф', 'Палантин'], ['Белбеу', 'Шарф'], ['Leather belt', 'Scarf'],
		['Kemer', 'Şal'], ['Kəmər', 'Şərf'], ['ქამარი', 'შარფი'], ['腰带', '围巾']],
	scent => [3, ['Туалетная вода', 'Парфюмерная вода', 'Помада'], ['Иіссу', 'Ерін далабы'],
		['Eau de parfum', 'Eau de toilette', 'Lipstick'], ['Kadın parfüm', 'Ruj'], ['Ətriyyat', 'Dodaq boyası'],
		['პარფიუმი', 'ტუჩსაცხი'], ['淡香水', '口红']],
	care => [3, ['Солнцезащитный крем', 'Дезодорант', 'Гель для душа', 'Бальзам для губ'],
		['Күннен қорғайтын крем', 'Дезодорант'], ['Sunscreen SPF 50', 'Deodorant', 'Body lotion', 'Lip balm'],
		['Güneş kremi', 'Deodorant', 'Vücut losyonu'], ['Günəş kremi', 'Dezodorant'], ['მზისგან დამცავი კრემი', 'დეოდორანტი'],
		['防晒霜', '身体乳']],
	timepiece => [14, ['Мужские часы', 'Часы механические'], ['Ерлер сағаты', 'Механикалық сағат'],
		['Men\'s watch', 'Automatic watch', 'Diver watch'], ['Erkek kol saati', 'Otomatik saat'],
		['Kişi saatı', 'Mexaniki saat'], ['მამაკაცის საათი'], ['机械表', '男士手表']],
	fitband => [9, ['Фитнес-браслет', 'Умные часы'], ['Фитнес білезік', 'Ақылды сағат'],
		['Fitness tracker', 'Smartwatch'], ['Akıllı bileklik', 'Akıllı saat'], ['Fitnes qolbaq', 'Smart saat'],
		['ფიტნეს სამაჯური', 'ჭკვიანი საათი'], ['智能手环', '运动手表']],
	bricks => [28, ['Набор конструктора', 'Конструктор для детей'], ['Балаларға құрастырғыш'],
		['Brick set', 'Building blocks'], ['Yapı oyuncağı', 'Yapı blokları'], ['Uşaq konstruktoru'],
		['ასაწყობი ნაკრები'], ['拼装积木', '积木玩具']],
	gaming => [9, ['Геймпад', 'Игровая консоль', 'VR шлем'], ['Геймпад', 'Ойын приставкасы'],
		['Controller', 'Gaming console', 'VR headset'], ['Oyun kolu', 'Konsol'], ['Coystik', 'Oyun pristavkası'],
		['ჯოისტიკი', 'სათამაშო კონსოლი'], ['游戏手柄', '主机']],
	eyewear => [9, ['Очки', 'Очки авиаторы', 'Оправа для очков'], ['Көзілдірік'], ['Shades', 'Eyeglasses frame', 'Polarized glasses'],
		['Gözlük', 'Polarize gözlük'], ['Eynək', 'Polyarizə eynək'], ['სათვალე'], ['墨镜', '眼镜框']],
	denim => [25, ['Джинсовая куртка', 'Джинсы женские'], ['Джинсы', 'Джинсы күртеше'],
		['Denim jacket', 'Slim fit jeans', 'Denim shorts'], ['Kot ceket', 'Kot pantolon'], ['Cins gödəkçə', 'Cins'],
		['ჯინსის ქურთუკი'], ['牛仔外套', '牛仔裤 女']],
	camera => [9, ['Фотоаппарат', 'Экшн-камера'], ['Фотоаппарат'], ['Mirrorless camera', 'Camera body'],
		['Fotoğraf makinesi'], ['Fotoaparat'], ['ფოტოაპარატი'], ['微单相机']],
	washer => [7, ['Стиральная машина'], ['Кір жуғыш машина'], ['Washing machine'], ['Çamaşır makinesi'],
		['Paltaryuyan maşın'], ['სარეცხი მანქანა'], ['洗衣机']],
	calc => [9, ['Калькулятор инженерный'], ['Инженерлік калькулятор'], ['Scientific calculator'],
		['Bilimsel hesap makinesi'], ['Elmi kalkulyator'], ['საინჟინრო კალკულატორი'], ['科学计算器']],
);

# mark => [[goods, models...]...]: models people type after the mark
my %LINE = (
	'Dyson' => [['styler', 'Airwrap i.d.', 'Corrale', 'Supersonic Nural'], ['stickvac', 'V12 Slim', 'Gen5 Outsize', 'V15s Submarine', '360 Vis Nav'],
		['purifier', 'Pure Cool TP07', 'Purifier Hot+Cool HP07']],
	'AirPods' => [['buds', '4', 'Pro 2 USB-C', '4 ANC', '2nd gen']],
	'iPhone' => [['mobile', '11 64GB', 'XR', '15 Pro 1TB', '13 Pro Max', 'SE 2022', '16e']],
	'Apple' => [['tablet', 'iPad Air 11', 'iPad 10.9'], ['notebook', 'Mac mini M4', 'MacBook Air 15'], ['fitband', 'Watch SE 2']],
	'Samsung' => [['mobile', 'Galaxy S23 FE', 'Galaxy A35', 'Galaxy Z Fold6'], ['tablet', 'Galaxy Tab S9'], ['washer', 'WW90T', 'EcoBubble 8kg'],
		['fitband', 'Galaxy Watch6 Classic'], ['buds', 'Galaxy Buds FE']],
	'Xiaomi' => [['mobile', 'Redmi 13C', '13T Pro', 'Poco F6'], ['purifier', 'Smart Air Purifier 4'], ['stickvac', 'Robot Vacuum X20+'],
		['buds', 'Redmi Buds 6', 'Buds 5 Pro']],
	'Sony' => [['camera', 'Alpha 7 IV', 'ZV-E10'], ['overear', 'WH-1000XM6', 'ULT Wear'], ['soundbox', 'ULT Field 1']],
	'Bose' => [['overear', 'QuietComfort Ultra', 'NC 700'], ['soundbox', 'SoundLink Max', 'SoundLink Micro'], ['buds', 'QuietComfort Earbuds II']],
	'JBL' => [['soundbox', 'Xtreme 3', 'Boombox 3', 'Clip 5', 'Flip 5'], ['buds', 'Wave Beam', 'Tune 230NC'], ['overear', 'Tune 720BT']],
	'Philips' => [['airfryer', 'XXL HD9650', 'Series 3000 EP3246', 'LatteGo 5400'], ['trimmer', 'OneBlade Pro 360', 'Series 7000'],
		['dentalcare', 'Power Flosser 3000', 'Sonicare ProtectiveClean']],
	'Braun' => [['trimmer', 'Silk-épil 9', 'BT5440', 'Series X'], ['styler', 'Satin Hair 3', 'IPL Silk-expert Pro 5']],
	'Nike' => [['runners', 'Pegasus 41', 'Vomero 5', 'Blazer Mid 77', 'Cortez'], ['apparel', 'Windrunner', 'Sportswear hoodie']],
	'Adidas' => [['runners', 'Gazelle', 'Campus 00s', 'Forum Low', 'Handball Spezial'], ['apparel', 'Adicolor', 'Firebird']],
	'Puma' => [['runners', 'Speedcat', 'Cali Dream', 'Smash v2'], ['apparel', 'Downtown', 'T7']],
	'Gucci' => [['leather', 'Ophidia', 'Horsebit 1955', 'GG Marmont mini'], ['belt', 'GG Supreme'], ['scent', 'Flora Gorgeous Gardenia']],
	'Chanel' => [['scent', 'Allure Homme Sport', 'Gabrielle', 'Rouge Allure'], ['leather', 'Wallet on Chain', 'Deauville']],
	'Louis Vuitton' => [['leather', 'Pochette Métis', 'Capucines', 'Zippy'], ['belt', 'Initiales 40mm']],
	'Rolex' => [['timepiece', 'Explorer II', 'Yacht-Master', 'Sky-Dweller', 'Milgauss', 'Cosmograph']],
	'Casio' => [['timepiece', 'Pro Trek PRW-35', 'MTP-1302', 'Duro MDV-107', 'A700W'], ['calc', 'fx-991ES Plus', 'fx-82MS']],
	'Lego' => [['bricks', 'Creator 31120', 'Harry Potter 76419', 'Duplo 10988', 'Icons 10316', 'Speed Champions 76916']],
	'Nivea' => [['care', 'Sun Protect SPF 50', 'Black & White', 'Men Sensitive', 'Lip Care']],
	'Huawei' => [['tablet', 'MatePad 11.5'], ['mobile', 'Pura 70', 'nova 12', 'Mate X5'], ['fitband', 'Watch Fit 3']],
	'Lenovo' => [['notebook', 'LOQ 15', 'ThinkBook 14', 'IdeaPad Slim 5'], ['tablet', 'Tab M10 Plus', 'Legion Tab']],
	'PlayStation' => [['gaming', 'VR2', 'Portal', 'DualSense Edge', '5 825GB']],
	'Ray-Ban' => [['eyewear', 'Round Metal', 'Justin', 'Caravan', 'New Wayfarer', 'Meta']],
	"Levi's" => [['denim', '550', 'Trucker jacket', '724 High Rise', '501 90s'], ['belt', 'Reversible']],
);
for my $m (@MARKS)
{
	die "no models for $m\n" unless $LINE{$m};
}

my %EXTRA = (
	ru => ['есть самовывоз', 'в коробке', 'Шымкент', 'Караганда', 'с чеком', 'торг уместен', 'отправка в регионы', 'состояние нового'],
	kk => ['Шымкент', 'Қарағанды', 'қорабымен', 'жаңа күйінде', 'бүгін жеткізу', 'арзан бағамен'],
	en => ['with box', 'receipt included', 'ships today', 'like new', 'limited edition', 'bundle deal'],
	tr => ['kutulu', 'faturalı', 'hızlı teslimat', 'kampanyalı', 'İstanbul', 'son stok'],
	az => ['qutusu ilə', 'Sumqayıt', 'kreditlə', 'sərfəli qiymət', 'yeni kimi'],
	ka => ['ყუთით', 'ბათუმი', 'განვადებით', 'ახალივით'],
	zh => ['顺丰包邮', '七天无理由', '现货速发', '限时特价'],
);

# counterfeit cue expressions, none of them the development corpus's
my %CUE = (
	ru => ['паль', 'фейк', 'не оригинал', 'как оригинал', 'копия 1в1', 'зеркальная копия', 'реплика люкс', 'качество ААА', 'подделка под оригинал'],
	kk => ['жалған', 'түпнұсқа емес', 'көшірме 1в1', 'реплика люкс', 'ААА сапа'],
	en => ['fake', 'knockoff', 'dupe', 'super copy', 'high copy', 'clone', 'not original', 'AAA+ quality', 'mirror quality'],
	tr => ['çakma', 'imitasyon', 'AAA kalite', 'orijinal değil', 'muadili', 'birebir replika'],
	az => ['saxta', 'imitasiya', 'orijinal deyil', 'AAA keyfiyyət', 'lüks replika'],
	ka => ['ყალბი', 'იმიტაცია', 'არაორიგინალი', 'AAA ხარისხი'],
	zh => ['仿品', '精仿', '顶级复刻', '莆田', '超A', '一比一'],
);

my @SHOPS = ('Gadget Point', 'ИП Нурланов', 'ТОО Best Goods', 'Smart Market KZ', 'ИП Оспанова', 'Elit Butik',
	'Texno Bazar', 'Gürcü Elektronik', 'თბილისი ტექნო', '广州优选', 'Karaganda Digital', 'ИП Байжанов',
	'Stil Evi', 'Mobil Dünya', 'Aktobe Store', 'Ganja Market', 'Batumi Shop', 'Kaspi Partner 118',
	'Outlet Center', 'Ақ Жол Сауда', 'Osh Bazar', 'Toshkent Savdo', 'Gyumri Tech', 'Daily Deals');

# --- disguises -------------------------------------------------------------
# look-alike letters: Cyrillic (incl. letters the development corpus never
# used), Armenian, Latin small capitals and IPA letters, Greek
my %LOOK = (
	a => ['а', 'ɑ', 'α'], c => ['с', 'ϲ'], d => ['ԁ'], e => ['е', 'ҽ'], g => ['ɡ', 'ց'], h => ['һ', 'հ'],
	i => ['і', 'ı', 'ӏ'], j => ['ј'], l => ['ӏ', 'ⅼ'], n => ['ո', 'ɴ'], o => ['о', 'օ', 'ο'], p => ['р', 'ρ'],
	s => ['ѕ', 'ꜱ'], u => ['ս', 'υ'], v => ['ѵ', 'ν'], w => ['ԝ'], x => ['х'], y => ['у', 'ʏ'],
	A => ['А', 'Α', 'ᗅ'], B => ['В', 'Β'], C => ['С', 'Ϲ'], D => ['Ꭰ'], E => ['Е', 'Ε'], H => ['Н', 'Η'],
	I => ['І', 'Ι', 'Ӏ'], J => ['Ј'], K => ['К', 'Κ'], L => ['Ꮮ'], M => ['М', 'Μ'], N => ['Ν'], O => ['О', 'Օ', 'Ο'],
	P => ['Р', 'Ρ'], R => ['Ꭱ'], S => ['Ѕ', 'Ꮪ'], T => ['Т', 'Τ'], V => ['Ꮩ'], X => ['Х', 'Χ'], Y => ['Ү', 'Υ'],
);
# letters with diacritics (precomposed), as decoration or Turkish/Azerbaijani keys
my %ACCENT = (
	a => ['á', 'à', 'ä', 'â', 'ã'], e => ['é', 'è', 'ë', 'ə'], i => ['í', 'ï', 'î'], o => ['ó', 'ö', 'ø', 'ô'],
	u => ['ú', 'ü', 'û'], y => ['ÿ', 'ý'], n => ['ñ'], c => ['ç'], s => ['ş', 'š'], g => ['ğ'],
	A => ['Á', 'Ä', 'Å'], E => ['É', 'Ë'], I => ['İ', 'Í'], O => ['Ö', 'Ø'], U => ['Ü'], S => ['Ş'], C => ['Ç'], N => ['Ñ'],
);
# symbols for letters (beyond plain digits)
my %SYM = (
	a => ['4', '@'], e => ['€', '3'], o => ['0', '()', 'ø'], c => ['¢', '('], s => ['$', '5'], i => ['1', '!'],
	l => ['1', '|'], t => ['7', '+'], g => ['6', '9'], b => ['8'], y => ['¥'], z => ['2'],
	A => ['4', 'Λ'], E => ['€', '3'], O => ['0', '()'], C => ['©', '('], S => ['$', '5'], I => ['1'], L => ['£', '1'],
	T => ['7'], G => ['6'], B => ['ß', '8'], R => ['®'], Y => ['¥'],
);

# swap_chars WORD, MAP, N: WORD with N (or as many as possible, at least
# one) of its letters replaced through MAP; undef when none can be
sub swap_chars
{
	my ($w, $map, $n) = @_;
	my @c = split //, $w;
	my @at = grep { $map->{$c[$_]} } 0 .. $#c;
	return undef unless @at;
	for (1 .. $n)
	{
		last unless @at;
		my $p = splice(@at, int(rand(@at)), 1);
		$c[$p] = one_of(@{$map->{$c[$p]}});
	}
	return join '', @c;
}

# styled MARK, BASE: the mark in a Unicode "fancy text" alphabet (BASE =
# code point of mathematical A), circled or fullwidth letters
sub styled
{
	my ($m, $style) = @_;
	my %base = (bold => 0x1D400, italic => 0x1D434, script_bold => 0x1D4D0, sans_bold => 0x1D5D4,
		mono => 0x1D670, double => 0x1D538);
	my %hole = (0x1D455 => 0x210E, 0x1D53A => 0x2102, 0x1D53F => 0x210D, 0x1D545 => 0x2115,
		0x1D547 => 0x2119, 0x1D548 => 0x211A, 0x1D549 => 0x211D, 0x1D551 => 0x2124);
	my $out = '';
	for my $ch (split //, $m)
	{
		my $cp;
		if ($style eq 'circled')
		{
			$cp = $ch =~ /[A-Z]/ ? 0x24B6 + ord($ch) - 65 : $ch =~ /[a-z]/ ? 0x24D0 + ord($ch) - 97 : undef;
		}
		else
		{
			my $b = $base{$style};
			$cp = $ch =~ /[A-Z]/ ? $b + ord($ch) - 65 : $ch =~ /[a-z]/ ? $b + 26 + ord($ch) - 97 : undef;
			$cp = $hole{$cp} if defined $cp && $hole{$cp};
		}
		$out .= defined $cp ? chr($cp) : $ch;
	}
	return $out;
}

# look_alike MARK: the mark disguised with look-alike characters
sub look_alike
{
	my ($m) = @_;
	for (1 .. 30)
	{
		my $how = weighted([look => 34], [accent => 16], [sym => 22], [leet => 8], [styled => 12], [combining => 4], [mixed => 4]);
		my $r;
		if ($how eq 'look') { $r = swap_chars($m, \%LOOK, one_of(1, 1, 2, 2, 3)); }
		elsif ($how eq 'accent') { $r = swap_chars($m, \%ACCENT, one_of(1, 1, 2)); }
		elsif ($how eq 'sym') { $r = swap_chars($m, \%SYM, one_of(1, 2)); }
		elsif ($how eq 'leet')
		{
			# most letters that have a symbol, in capitals: "N1K3", "R0L3X"
			$r = swap_chars(uc $m, \%SYM, 3);
		}
		elsif ($how eq 'styled') { $r = styled($m, one_of(qw(bold italic script_bold sans_bold mono double circled))); }
		elsif ($how eq 'combining')
		{
			# a combining mark after some letters: "D̶y̶s̶o̶n̶" or "Nik̈e"
			my $mark = one_of("\x{0336}", "\x{0301}", "\x{0308}", "\x{0332}");
			my @c = split //, $m;
			if ($mark eq "\x{0336}" || $mark eq "\x{0332}")
			{
				$r = join '', map { /[A-Za-z]/ ? "$_$mark" : $_ } @c;
			}
			else
			{
				my $p = int(rand(@c));
				$c[$p] .= $mark if $c[$p] =~ /[A-Za-z]/;
				$r = join '', @c;
			}
		}
		else
		{
			$r = swap_chars($m, \%LOOK, 1);
			$r = swap_chars($r, \%ACCENT, 1) if defined $r;
		}
		return $r if defined $r && $r ne $m;
	}
	die "no look-alike for $m\n";
}

# separated MARK: the mark with separators other than plain spaces
sub separated
{
	my ($m) = @_;
	my %fixed = (
		'Ray-Ban' => ['Ray•Ban', 'RAY/BAN', 'Ray  -  Ban', 'R.A.Y-B.A.N', 'Ray~Ban', "Ray\x{200B}Ban", 'Ray,Ban', 'R a y - B a n'],
		"Levi's" => ['Levi-s', 'LEVI`S', 'L-e-v-i-s', "Lev\x{00AD}i's", 'Levi´s', 'L·E·V·I·S', 'Le.vis'],
		'Louis Vuitton' => ['Louis.Vuitton', 'L.V. Louis-Vuitton', 'LOUIS•VUITTON', 'Louis Vuit-ton', 'L~o~u~i~s V~u~i~t~t~o~n',
			"Louis\x{200B}Vuitton", 'Lou-is Vuit-ton', 'Louis/Vuitton'],
		'PlayStation' => ['Play Station', 'Play-Station', 'PLAY STATION', 'Play.Station', 'P l a y S t a t i o n', 'Play_Station'],
		'AirPods' => ['Air Pods', 'Air-Pods', 'AIR PODS', 'Air.Pods', 'Air_Pods', 'Air•Pods'],
		'iPhone' => ['i Phone', 'i-Phone', 'I PHONE', 'i.Phone', 'i_phone', 'I-phone'],
	);
	return one_of(@{$fixed{$m}}) if $fixed{$m} && coin(0.45);
	my @c = split //, $m;
	my $style = weighted([sep_all => 40], [zero_width => 12], [split_one => 28], [nbsp => 8], [brackets => 6], [trailing_dots => 6]);
	if ($style eq 'sep_all')
	{
		my $sep = one_of('·', '•', '~', '|', '/', '+', '=', '-', ' . ', ', ', '_ ', '\\', '^', '♥', '★');
		my $s = join $sep, grep { $_ ne ' ' && $_ ne '-' && $_ ne "'" } @c;
		return coin(0.35) ? uc $s : coin(0.2) ? lc $s : $s;
	}
	if ($style eq 'zero_width')
	{
		# invisible separators inside the word: ZWSP, ZWNJ, ZWJ, soft hyphen, word joiner
		my $z = one_of("\x{200B}", "\x{200C}", "\x{200D}", "\x{00AD}", "\x{2060}");
		return coin(0.5) ? join($z, @c) : substr($m, 0, 2) . $z . substr($m, 2);
	}
	if ($style eq 'nbsp')
	{
		my $z = one_of("\x{00A0}", "\x{2009}", "\x{3000}", "\x{202F}");
		return join $z, @c;
	}
	if ($style eq 'brackets')
	{
		return join '', map { /[A-Za-z]/ ? "[$_]" : $_ } @c;
	}
	if ($style eq 'trailing_dots')
	{
		return join('', map { /[A-Za-z]/ ? "$_." : $_ } @c);
	}
	# one cut at a position two or more letters in from either end
	return undef if @c < 4;
	my $at = 2 + int(rand(@c - 3));
	return substr($m, 0, $at) . one_of(' ', ' ', '-', '  ', ' - ', '.', '_') . substr($m, $at);
}

# spellings people write in other scripts, none of them the development
# corpus's (case forms, colloquial and regional spellings)
my %CYRILLIC = (
	'Dyson' => ['Дайсона', 'Дисон', 'Дэйсон', 'дайсоне', 'ДАЙСОНА'],
	'AirPods' => ['Эйрподсы', 'аирподсы', 'Аирпотс', 'Эирподс Про', 'эйрподсов', 'Эйрпоц'],
	'iPhone' => ['Айфона', 'айфоне', 'Айфоны', 'Айфончик', 'айфону'],
	'Apple' => ['Эппла', 'Эплл', 'Эпплом'],
	'Samsung' => ['Самсунга', 'самсунге', 'Самсуг', 'Самсанг', 'Самсунгом'],
	'Xiaomi' => ['Шаоми', 'Сяоми', 'ксиоми', 'Ксяоми', 'Сиаоми'],
	'Sony' => ['Сонни', 'Сони', 'СОНИ'],
	'Bose' => ['Боуз', 'Босе', 'Боус'],
	'JBL' => ['Джибиэл', 'Джи Би Эль', 'Джиби эл'],
	'Philips' => ['Филипса', 'Филипсом', 'Филлипс', 'Филипс'],
	'Braun' => ['Брауна', 'Браун'],
	'Nike' => ['Найки', 'Найке', 'Найков', 'найковские'],
	'Adidas' => ['Адидаса', 'адидасовский', 'Адидасы', 'Адидасе'],
	'Puma' => ['Пумы', 'Пумовские'],
	'Gucci' => ['Гуччи', 'Гучче', 'Гучи'],
	'Chanel' => ['Шанели', 'Шанэль', 'Шанель'],
	'Louis Vuitton' => ['Луи Вюитон', 'Луи Витона', 'Луи Вуитон', 'Луи Вуиттон'],
	'Rolex' => ['Ролекса', 'Ролексы', 'Роллекс'],
	'Casio' => ['Кассио', 'Касио', 'КАССИО'],
	'Lego' => ['Лего', 'Леги', 'Легошки', 'Лега'],
	'Nivea' => ['Нивеа', 'Нивия', 'Нивеи'],
	'Huawei' => ['Хуавэй', 'Хуавеи', 'Хуавей', 'Хавей'],
	'Lenovo' => ['Леново', 'Ленова'],
	'PlayStation' => ['Плэйстейшен', 'Плейстейшена', 'Плейстэйшн', 'Плейстейшене'],
	'Ray-Ban' => ['Рэй-Бэн', 'Рэйбэн', 'Рейбаны', 'Рэй Бэны'],
	"Levi's" => ['Левайс', 'Левис', 'Ливайсы', 'Левисы'],
);
# Kazakh Latin (2021 alphabet) and Kazakh colloquial spellings
my %KAZLATIN = (
	'iPhone' => ['Aifon', 'aifon'], 'Samsung' => ['Samsuñ', 'Samsuñg'], 'Dyson' => ['Daison'], 'Nike' => ['Naik'],
	'Xiaomi' => ['Şaomi', 'Siaomi'], 'Huawei' => ['Huavei'], 'Chanel' => ['Şanel'], 'AirPods' => ['Eirpods', 'Eirpods Pro'],
	'PlayStation' => ['Pleisteişn'], 'Louis Vuitton' => ['Lui Viton'],
);
# Turkish and Azerbaijani phonetic spellings
my %TURKIC = (
	'iPhone' => ['Ayfonu', 'Ayfon', 'Aypon'], 'Samsung' => ['Samsunq', 'Semsung'], 'Xiaomi' => ['Şiaomi', 'Ksiomi', 'Şiyaomi'],
	'Huawei' => ['Huavey', 'Havey', 'Hüavey'], 'Nike' => ['Nayki', 'Nayk'], 'Chanel' => ['Şanel', 'Şanell'],
	'Philips' => ['Filips', 'Filipps'], 'Dyson' => ['Dayson', 'Daysın'], 'AirPods' => ['Eyrpods', 'Eyrpodz'],
	'PlayStation' => ['Pleysteyşn', 'Pleystesin'], 'Louis Vuitton' => ['Lui Viton', 'Lui Vuiton'], "Levi's" => ['Leviz', 'Livays'],
	'Ray-Ban' => ['Rayben', 'Reyben'], 'Casio' => ['Kasyo', 'Kasio'], 'Gucci' => ['Guçi', 'Guççi'], 'Bose' => ['Bouz', 'Boüz'],
	'Lego' => ['Leqo'],
);
my %GEORGIAN = (
	'iPhone' => ['აიფონ', 'აიფონის'], 'Samsung' => ['სამსუნგ', 'სემსუნგი'], 'Xiaomi' => ['შიაომი', 'ქსიომი'],
	'Huawei' => ['ჰუავეის', 'ხუავეი'], 'Nike' => ['ნაიქი', 'ნაიკ'], 'Adidas' => ['ადიდას', 'ადიდასის'],
	"Levi's" => ['ლევაისი', 'ლივაისი'], 'Rolex' => ['როლექს', 'როლექსის'], 'Dyson' => ['დაისონის', 'დაისონი'],
	'Bose' => ['ბოუზი', 'ბოზე'], 'JBL' => ['ჯიბიელი', 'ჯეიბიელი'], 'Philips' => ['ფილიფსი', 'ფილიპს'],
	'Braun' => ['ბრაუნი'], 'Gucci' => ['გუჩის', 'გუჩჩი'], 'Chanel' => ['შანელ', 'შანელის'],
	'Louis Vuitton' => ['ლუი ვუიტონი', 'ლუი ვიტონის'], 'Casio' => ['კასიოს'], 'Nivea' => ['ნივეას'],
	'Lenovo' => ['ლენოვოს'], 'PlayStation' => ['პლეისთეიშენი', 'ფლეისტეიშენი'], 'Ray-Ban' => ['რეიბანი', 'რეი ბენი'],
	'Apple' => ['ეფლი', 'ეპლის'], 'AirPods' => ['ეირპოდსი', 'ეარპოდსები'], 'Sony' => ['სონის'], 'Puma' => ['პუმას'],
	'Lego' => ['ლეგოს'],
);
# Chinese: the marks' own Chinese names (official or usual)
my %HAN = (
	'Samsung' => ['三星'], 'Sony' => ['索尼'], 'Nike' => ['耐克'], 'Adidas' => ['阿迪达斯', '阿迪'], 'Dyson' => ['戴森'],
	'Apple' => ['苹果'], 'Huawei' => ['华为'], 'Xiaomi' => ['小米'], 'Lenovo' => ['联想'], 'Casio' => ['卡西欧'],
	'Lego' => ['乐高'], 'Rolex' => ['劳力士'], 'Chanel' => ['香奈儿'], 'Gucci' => ['古驰'], 'Philips' => ['飞利浦'],
	'Puma' => ['彪马'], 'Louis Vuitton' => ['路易威登', 'LV路易威登'], 'Braun' => ['博朗'], 'Ray-Ban' => ['雷朋'],
	"Levi's" => ['李维斯'], 'Nivea' => ['妮维雅'],
);

# respelled MARK, LANG: (spelling, language) in another script; the language
# changes when LANG has no spelling for the mark
sub respelled
{
	my ($m, $lang) = @_;
	my %table = (ru => \%CYRILLIC, kk => coin(0.25) ? \%KAZLATIN : \%CYRILLIC, tr => \%TURKIC, az => \%TURKIC,
		ka => \%GEORGIAN, zh => \%HAN, en => undef);
	unless ($table{$lang} && $table{$lang}{$m})
	{
		my @can = grep { my $t = $_ eq 'kk' ? \%CYRILLIC : $table{$_}; $t && $t->{$m} } qw(ru kk tr az ka zh);
		$lang = weighted(map { [$_, {ru => 40, kk => 18, tr => 12, az => 10, ka => 12, zh => 6}->{$_}] } @can);
		$table{kk} = \%CYRILLIC;
	}
	return (one_of(@{$table{$lang}{$m}}), $lang);
}

# common misspellings seen in listings, one edit from the mark
my %MISSPELT = (
	'Xiaomi' => ['Xiomi', 'Xaomi', 'Xiaomy', 'Xiaom', 'Xioami'],
	'Huawei' => ['Huawai', 'Huwei', 'Huawey', 'Hauwei', 'Huaweii'],
	'Adidas' => ['Addidas', 'Adiddas', 'Adidaz', 'Adida'],
	'Rolex' => ['Rollex', 'Rolx', 'Rolexx', 'Rolec'],
	'Casio' => ['Cassio', 'Casiio', 'Caiso', 'Casoi'],
	'Samsung' => ['Samsumg', 'Samsnug', 'Sumsung', 'Samsing', 'Samung'],
	'Lenovo' => ['Lenova', 'Lenowo', 'Lenvo', 'Lenevo'],
	'Louis Vuitton' => ['Louis Vuiton', 'Louis Vitton', 'Loius Vuitton', 'Louis Vuittom', 'Lous Vuitton'],
	'Gucci' => ['Guci', 'Guccy', 'Guccci', 'Gicci'],
	'Chanel' => ['Chanell', 'Chnel', 'Chanl', 'Chenel'],
	'Nivea' => ['Nivia', 'Niviea', 'Nivae'],
	'Philips' => ['Philps', 'Phlips', 'Philipps', 'Philisp'],
	'PlayStation' => ['Playstaion', 'Plystation', 'PlayStaton', 'Plasytation', 'PlayStatoin'],
	'Dyson' => ['Dysn', 'Dyzon', 'Dysom', 'Dyosn'],
	'AirPods' => ['AirPod', 'AirPds', 'AiPods', 'AirPodes'],
	'iPhone' => ['iPhon', 'iPhne', 'iPohne', 'iPhonr'],
	'Braun' => ['Braum', 'Brauun', 'Baun'],
	'Ray-Ban' => ['Ray-Bam', 'Ray-Bann', 'Rya-Ban', 'Ray-Bn'],
	"Levi's" => ["Levi'z", "Lavi's", "Levii's"],
	'Apple' => ['Appple', 'Aplle', 'Applle'],
);
# neighbouring keys (QWERTY) for generated typos
my %NEAR_KEY = (a => 'sqwz', b => 'vghn', c => 'xdfv', d => 'serfcx', e => 'wsdr', f => 'drtgvc', g => 'ftyhbv',
	h => 'gyujnb', i => 'ujko', j => 'huikmn', k => 'jiolm', l => 'kop', m => 'njk', n => 'bhjm', o => 'iklp',
	p => 'ol', q => 'wa', r => 'edft', s => 'awedxz', t => 'rfgy', u => 'yhji', v => 'cfgb', w => 'qase',
	x => 'zsdc', y => 'tghu', z => 'asx');
# words one edit from a mark that are words or names in their own right
my %REAL = map { $_ => 1 } qw(tyson dyson bison samsun samson chapel channel chanel camel rolex roles
	rolls relex casino cashio lenovo nivea niveo huawei xiaomi gucci philip philips phillips phillip braun brawn
	brain bran brown apple apply ample appl apples levis lewis levin levi adidas addis aida airpots airport
	iphone phone ipone casio cassia niva nivel appel lenox);

# typo MARK: a one-edit misspelling of MARK (curated or generated), any
# position (the first letter too), never a real word or another mark
sub typo
{
	my ($m) = @_;
	my %marks = map { my $k = lc $_; $k =~ s/[^a-z]//g; $k => 1 } @MARKS;
	for (1 .. 60)
	{
		my $r;
		if ($MISSPELT{$m} && coin(0.45))
		{
			$r = one_of(@{$MISSPELT{$m}});
		}
		else
		{
			my @c = split //, $m;
			my @at = grep { $c[$_] =~ /[A-Za-z]/ } 0 .. $#c;
			my $p = $at[int(rand(@at))];
			my $op = weighted([insert => 30], [delete => 20], [neighbour => 35], [transpose => 15]);
			my $lc = lc $c[$p];
			if ($op eq 'insert')
			{
				# a neighbouring key pressed with the intended one, after it
				my $k = substr($NEAR_KEY{$lc}, int(rand(length $NEAR_KEY{$lc})), 1);
				splice(@c, $p + 1, 0, $k);
			}
			elsif ($op eq 'delete')
			{
				next if $p == 0 && coin(0.7);
				splice(@c, $p, 1);
			}
			elsif ($op eq 'neighbour')
			{
				my $k = substr($NEAR_KEY{$lc}, int(rand(length $NEAR_KEY{$lc})), 1);
				$c[$p] = $c[$p] eq $lc ? $k : uc $k;
			}
			else
			{
				next if $p >= $#c || $c[$p + 1] !~ /[A-Za-z]/ || lc $c[$p] eq lc $c[$p + 1];
				@c[$p, $p + 1] = @c[$p + 1, $p];
				# keep the case pattern of the mark: "Dsyon", not "DsYon"
				($c[$p], $c[$p + 1]) = (ucfirst lc $c[$p], lc $c[$p + 1]) if $p == 0;
			}
			$r = join '', @c;
		}
		my $k = lc $r;
		$k =~ s/[^a-z]//g;
		next if $REAL{$k} || $marks{$k};
		return $r;
	}
	return undef;
}

# cased TEXT: as written, in capitals, lower case, or first letter only
sub cased
{
	my ($t) = @_;
	my $x = rand();
	return uc $t if $x < 0.15;
	return lc $t if $x < 0.30;
	return ucfirst lc $t if $x < 0.36;
	return $t;
}

# decorated MARK: the mark as written with marketing decoration (exact)
sub decorated
{
	my ($m) = @_;
	my $t = cased($m);
	my $x = rand();
	return "$t®" if $x < 0.10;
	return "$t™" if $x < 0.18;
	return "«$t»" if $x < 0.28;
	return "\"$t\"" if $x < 0.34;
	return "#$t" if $x < 0.42;
	return "[$t]" if $x < 0.47;
	return "$t:" if $x < 0.52;
	return $t;
}

# ean13 PREFIX: a GTIN-13 beginning with PREFIX, valid check digit
sub ean13
{
	my ($p) = @_;
	my $s = $p;
	$s .= int(rand(10)) while length($s) < 12;
	my ($sum, $w) = (0, 3);
	for my $d (reverse split //, $s)
	{
		$sum += $d * $w;
		$w = 4 - $w;
	}
	return $s . ((10 - $sum % 10) % 10);
}
my @LOCAL_PREFIXES = qw(4870012 4870119 4870307 6920011 6970022 4601234 8680001 4760155 4860001);

# --- titles -----------------------------------------------------------------
# noun_of GOODS, LANG: one of the nouns of a kind of goods in a language
sub noun_of
{
	my ($g, $lang) = @_;
	return one_of(@{$GOODS{$g}[1 + $COL{$lang}]});
}

# title_for LANG, MARKTEXT, GOODS, MODEL: a product title; layouts unlike
# the development corpus's ("noun mark model tail")
sub title_for
{
	my ($lang, $mt, $g, $model) = @_;
	my $noun = noun_of($g, $lang);
	$model = '' if coin(0.25);
	my $mm = $model eq '' ? $mt : "$mt $model";
	my $extra = coin(0.5) ? one_of(@{$EXTRA{$lang}}) : '';
	my @lay;
	if ($lang eq 'zh')
	{
		@lay = ("【$mm】$noun", "$mm$noun $extra", "$noun | $mm", "$mm $noun $extra");
	}
	elsif ($lang eq 'ru' || $lang eq 'kk')
	{
		@lay = ("$noun $mm $extra", "$mm — $noun", "$noun от $mm", "$noun / $mm / $extra", "$mm. $noun. $extra",
			"$noun ($mm)");
		$lay[2] = "$mm $noun $extra" if $lang eq 'kk';
	}
	elsif ($lang eq 'ka')
	{
		@lay = ("$mm $noun $extra", "$noun - $mm", "$noun ($mm) $extra");
	}
	else
	{
		@lay = ("$mm $noun $extra", "$mm - $noun", "$noun | $mm $extra", "$mm $noun, $extra", "NEW $mm $noun");
		push @lay, "$noun by $mm" if $lang eq 'en';
	}
	my $t = one_of(@lay);
	$t =~ s/\s+$//;
	$t =~ s/[,\/|]\s*$//;
	$t =~ s/\s+$//;
	return $t;
}

# with_cue TITLE, LANG: (title, cue) with a counterfeit cue expression
sub with_cue
{
	my ($t, $lang) = @_;
	my $c = one_of(@{$CUE{$lang}});
	my $x = rand();
	if ($x < 0.4) { $t = "$t - $c"; }
	elsif ($x < 0.65) { $t = "$c! $t"; }
	elsif ($x < 0.85) { $t = "$t [$c]"; }
	else { $t = "$t, $c"; }
	return ($t, lc $c);
}

# accessory kinds: name => [ru, kk, en, tr, az, ka, zh]
my %PART = (
	battery => ['Аккумулятор', 'Аккумулятор', 'Battery', 'Batarya', 'Akkumulyator', 'აკუმულატორი', '电池'],
	cable => ['Кабель', 'Кабель', 'Charging cable', 'Şarj kablosu', 'Şarj kabeli', 'დამტენი კაბელი', '数据线'],
	cover => ['Силиконовый кейс', 'Силикон қап', 'Silicone cover', 'Silikon kılıf', 'Silikon örtük', 'სილიკონის ქეისი', '硅胶套'],
	eartips => ['Амбушюры силиконовые', 'Құлаққап ұштары', 'Ear tips', 'Kulaklık silikonu', 'Qulaqlıq ucluqları', 'ყურის ბალიშები', '耳塞套'],
	band => ['Браслет', 'Білезік', 'Watch band', 'Saat kayışı', 'Saat qayışı', 'სამაჯური', '表带'],
	organizer => ['Органайзер для сумки', 'Сөмке органайзері', 'Bag organizer insert', 'Çanta düzenleyici', 'Çanta orqanayzeri', 'ჩანთის ორგანაიზერი', '内胆包'],
	cushions => ['Подушки для наушников', 'Құлақ жастықшалары', 'Replacement ear cushions', 'Yedek kulak pedi', 'Qulaq yastıqları', 'ყურის ბალიშები', '耳机套'],
	dock => ['Зарядная станция', 'Зарядтау станциясы', 'Charging dock', 'Şarj istasyonu', 'Şarj stansiyası', 'დამტენი სადგური', '充电座'],
	lenses => ['Линзы', 'Линзалар', 'Replacement lenses', 'Yedek cam', 'Əvəzedici linzalar', 'ლინზები', '替换镜片'],
	display => ['Подставка-витрина', 'Көрме тұғыры', 'Display case', 'Vitrin kutusu', 'Vitrin qutusu', 'ვიტრინა', '展示盒'],
	mount => ['Настенный держатель', 'Қабырға ұстағышы', 'Wall mount', 'Duvar askısı', 'Divar asqısı', 'კედლის სამაგრი', '壁挂架'],
	cartridge => ['Картриджи для очистки', 'Тазалау картриджі', 'Cleaning cartridges', 'Temizleme kartuşu', 'Təmizləmə kartrici', 'საწმენდი კარტრიჯი', '清洁液'],
	brushhead => ['Щётка-насадка', 'Щетка саптамасы', 'Brush head', 'Fırça başlığı', 'Fırça başlığı', 'ჯაგრისის თავაკი', '刷头'],
	film => ['Гидрогелевая плёнка', 'Гидрогель пленка', 'Hydrogel film', 'Hidrojel film', 'Hidrogel plyonka', 'ჰიდროგელის ფირი', '水凝膜'],
	insoles => ['Стельки', 'Ұлтарақ', 'Insoles', 'Tabanlık', 'Daban içliyi', 'ჩასადებები', '鞋垫'],
	controller => ['Геймпад беспроводной', 'Сымсыз геймпад', 'Wireless controller', 'Kablosuz oyun kolu', 'Simsiz coystik', 'უსადენო ჯოისტიკი', '无线手柄'],
	keyboard => ['Клавиатура', 'Пернетақта', 'Keyboard', 'Klavye', 'Klaviatura', 'კლავიატურა', '键盘'],
	dustbag => ['Пыльник для сумки', 'Сөмке қабы', 'Dust bag', 'Toz torbası', 'Toz kisəsi', 'მტვრის ტომარა', '防尘袋'],
	spareparts => ['Запчасти', 'Қосалқы бөлшектер', 'Spare parts', 'Yedek parça', 'Ehtiyat hissələri', 'სათადარიგო ნაწილები', '配件'],
);
# mark => [[part, class, models...]...]
my %FITS = (
	'Dyson' => [['battery', 7, 'V11', 'V10', 'V8'], ['mount', 7, 'V15', 'V12'], ['spareparts', 11, 'Airwrap', 'Supersonic']],
	'AirPods' => [['cover', 9, 'Pro 2', '4', ''], ['eartips', 9, 'Pro', 'Pro 2']],
	'iPhone' => [['cable', 9, '15', '16 Pro', ''], ['film', 9, '14 Pro Max', '13', 'XR'], ['cover', 9, '15 Pro', '11']],
	'Apple' => [['band', 9, 'Watch 45mm', 'Watch SE', 'Watch Ultra 2'], ['keyboard', 9, 'iPad Pro', 'iPad Air']],
	'Samsung' => [['band', 9, 'Galaxy Watch 5', 'Galaxy Watch6'], ['film', 9, 'Galaxy S24', 'Galaxy A15'], ['cable', 9, 'Galaxy']],
	'Xiaomi' => [['band', 9, 'Mi Band 9', 'Smart Band 8'], ['brushhead', 7, 'Robot Vacuum S10', 'Mi Robot'], ['film', 9, 'Redmi Note 12']],
	'Sony' => [['cushions', 9, 'WH-1000XM5', 'MDR-7506'], ['cover', 9, 'WF-1000XM5', 'LinkBuds S']],
	'Bose' => [['cushions', 9, 'QC35 II', 'QuietComfort 45', '700'], ['cable', 9, 'SoundLink']],
	'JBL' => [['cover', 9, 'Flip 5', 'Charge 4', 'Clip 4'], ['eartips', 9, 'Tune Flex']],
	'Philips' => [['brushhead', 21, 'Sonicare', 'Sonicare C3'], ['spareparts', 11, 'Airfryer', 'LatteGo']],
	'Braun' => [['cartridge', 8, 'Series 9', 'Clean&Renew', ''], ['spareparts', 8, 'Series 7']],
	'Nike' => [['insoles', 25, 'Air Max', 'Pegasus']],
	'Adidas' => [['insoles', 25, 'Ultraboost', 'Samba']],
	'Huawei' => [['band', 9, 'Watch GT 3', 'Band 9'], ['film', 9, 'P30 Pro']],
	'Lenovo' => [['battery', 9, 'ThinkPad T480', 'IdeaPad 330'], ['keyboard', 9, 'Tab P11', 'Legion 5']],
	'PlayStation' => [['dock', 9, '5', '5 DualSense', 'PS5'], ['controller', 9, '4', '3']],
	'Casio' => [['band', 14, 'G-Shock DW-5600', 'Edifice'], ['spareparts', 14, 'G-Shock']],
	'Lego' => [['display', 28, 'Star Wars Millennium Falcon', 'Technic', 'Icons', '']],
	'Ray-Ban' => [['lenses', 9, 'Aviator RB3025', 'Wayfarer RB2140', 'Clubmaster']],
	'Louis Vuitton' => [['organizer', 18, 'Neverfull MM', 'Speedy 25', 'OnTheGo']],
	'Chanel' => [['organizer', 18, 'Classic Flap', 'Deauville'], ['dustbag', 18, '']],
	'Gucci' => [['organizer', 18, 'Marmont', 'Ophidia']],
	'Rolex' => [['band', 14, 'Submariner 20mm', 'Datejust']],
);

# fits_title LANG, MARKTEXT, PART, MODEL: an accessory title naming the mark
# it fits, with referential phrasings unlike the development corpus's
sub fits_title
{
	my ($lang, $mt, $part, $model) = @_;
	my $n = $PART{$part}[$COL{$lang}];
	my $mm = $model eq '' ? $mt : "$mt $model";
	my %say = (
		ru => ["$n, подходит для $mm", "$n к $mm", "$n под $mm", "$n для использования с $mm", "$n, совместимость: $mm",
			"$n (подходит к $mm)", "$n, для моделей $mm"],
		kk => ["$n, $mm үлгісіне сәйкес", "$mm-ге жарайтын " . lc($n), "$n $mm үлгілерімен үйлесімді",
			"$mm модельдеріне арналған " . lc($n), "$n, $mm үшін жарамды"],
		en => ["$n fits $mm", "$n for use with $mm", "$n suitable for $mm", "$n works with $mm", "$n made for $mm",
			"$n designed for $mm", "$n to fit $mm", "Aftermarket " . lc($n) . " for $mm", "$n (compatible w/ $mm)"],
		tr => ["$mm modeline uygun " . lc($n), "$n - $mm ile uyumludur", "$n, $mm ile kullanılabilir", "Uyumlu model: $mm - $n",
			"$mm için uygun " . lc($n)],
		az => ["$n, $mm üçün uyğundur", "$mm modelləri üçün " . lc($n), "$n ($mm ilə uyğun gəlir)", "$mm üçün nəzərdə tutulmuş " . lc($n)],
		ka => ["$n, თავსებადი: $mm", "$n $mm მოდელებისთვის", "$mm-თან თავსებადი $n", "$n, შესაფერისი $mm-ისთვის"],
		zh => ["${mm}专用$n", "适配$mm $n", "$n 可用于$mm", "${mm}通用$n", "$n（兼容$mm）"],
	);
	my $t = one_of(@{$say{$lang}});
	$t .= ' ' . one_of(@{$EXTRA{$lang}}) if coin(0.25);
	return $t;
}

# --- negatives ------------------------------------------------------------
# [lang, class, class_always, title]: names, places, ordinary words and other
# companies' marks that look or sound like a registered mark; the class is
# always given when the word would be the mark in a class of its own
my @LOOKALIKE_NEG = (
	[en => 9, 0, 'Nikon D3500 camera body'], [en => 9, 0, 'Sonos Era 100 speaker'], [en => 18, 1, 'Samsonite carry-on spinner 55 cm'],
	[en => 7, 0, 'Bosch cordless drill 18V'], [en => 9, 0, 'JVC car stereo head unit'], [en => 3, 0, 'Lenor fabric softener 1.6L'],
	[en => 15, 0, 'Roland digital piano FP-30X'], [en => 9, 0, 'Redmi AirDots 2 earbuds'], [en => 11, 1, 'Edison filament bulb E27 vintage'],
	[en => 25, 1, 'Hawaiian shirt floral print'], [en => 25, 1, 'Pumps heels women 8 cm'], [en => 17, 0, 'Garden hose 20 m with nozzle'],
	[en => 3, 1, 'Rose water toner 200ml'], [en => 14, 1, 'Rose gold hoop earrings'], [en => 31, 0, 'Bosc pears 2 kg'],
	[en => 16, 0, 'Jason Reynolds novel paperback'], [en => 16, 0, 'Louis Armstrong jazz poster'], [en => 20, 0, 'Louis XV style armchair'],
	[en => 30, 0, 'Louisiana hot sauce 350 ml'], [en => 9, 0, 'Ray tracing graphics card 8GB'], [en => 24, 0, 'Rayon fabric by the metre'],
	[en => 16, 0, 'Ray Bradbury Fahrenheit 451'], [en => 11, 0, 'Rayburn cooker spare door'], [en => 28, 1, 'Pony plush toy 40 cm'],
	[en => 30, 0, 'Soy sauce 500 ml'], [en => 25, 1, 'Leggings black high waist'], [en => 16, 0, 'Logo design service'],
	[en => 30, 1, 'Apple cinnamon tea 20 bags'], [en => 31, 1, 'Crab apple tree sapling'], [en => 30, 1, 'Applesauce pouches 4 x 90 g'],
	[en => 16, 1, 'Big Apple NYC fridge magnet'], [en => 30, 0, 'Cacao nibs organic 250 g'], [en => 30, 0, 'Cassia cinnamon sticks 100 g'],
	[en => 9, 0, 'Niveau bubble level 60 cm'], [en => 28, 0, 'Olivia the pig plush'], [en => 20, 0, 'Relax recliner chair'],
	[en => 16, 0, 'Lewis Carroll Alice in Wonderland'],
	[en => 9, 1, 'Earphone wired 3.5 mm jack'], [en => 9, 1, 'Telephone cord coiled 2 m'], [en => 28, 0, 'Airplane model die-cast 1:400'],
	[en => 28, 1, 'Kids water play table'], [en => 21, 1, 'Sonic electric toothbrush timer'],
	[en => 1, 0, 'J-B Weld epoxy twin pack'], [en => 29, 0, 'Philly cheesesteak seasoning'], [en => 16, 0, 'Philippines travel map'],
	[en => 31, 0, 'Brown rice 1 kg'], [en => 5, 0, 'Brawn protein bar 12 pack'], [en => 16, 0, 'Madison Square Garden poster'],
	[en => 30, 0, 'Xiao long bao bamboo steamer'], [en => 16, 0, 'Xiamen city guide'],
	[en => 28, 0, 'Nika doll 35 cm'], [en => 14, 1, 'Sonia bracelet silver 925'], [en => 25, 0, 'Adios slogan t-shirt'],
	[en => 16, 0, 'Aida opera DVD'], [en => 9, 1, 'Phone holder universal car vent'], [en => 18, 1, 'Pouch bag small'],
	[ru => 12, 1, 'Коврики в салон Нива'], [ru => 20, 0, 'Легко собрать стеллаж металлический'], [ru => 11, 1, 'Лампа Эдисона винтажная E27'],
	[ru => 3, 1, 'Краска для волос Браун 5.0'], [ru => 16, 0, 'Книга Лесков «Левша»'], [ru => 28, 1, 'Мягкая игрушка Филин'],
	[ru => 16, 0, 'Кассовая лента 57 мм'], [ru => 30, 0, 'Какао-порошок 500 г'], [ru => 30, 0, 'Ролл Филадельфия 8 шт'],
	[ru => 16, 0, 'Журнал Нива 1912 года'], [ru => 14, 1, 'Часы Ника женские золотые'], [ru => 25, 1, 'Босоножки женские на танкетке'],
	[ru => 31, 1, 'Роза кустовая саженец'], [ru => 28, 0, 'Пони игрушка с гривой'], [ru => 30, 0, 'Соус соевый 1 л'],
	[ru => 16, 0, 'Альбом Филипп Киркоров'], [ru => 25, 0, 'Лосины спортивные'], [ru => 9, 1, 'Домофон видео для квартиры'],
	[ru => 16, 0, 'Рулетка строительная 5 м'], [ru => 21, 0, 'Ролик для чистки одежды'], [ru => 25, 0, 'Гавайская рубашка мужская'],
	[ru => 31, 1, 'Сорт яблок Антоновка саженец'], [ru => 29, 1, 'Яблочное пюре детское 90 г'], [ru => 9, 0, 'Нивелир оптический'],
	[ru => 16, 0, 'Постер Хадсон ривер'], [ru => 28, 0, 'Игрушка динозавр Рекс'], [ru => 16, 0, 'Атлас Лос-Анджелес'],
	[ru => 30, 1, 'Чай Липтон зелёный 25 пак.'],
	[kk => 25, 1, 'Неке қию рәсіміне көйлек'], [kk => 14, 1, 'Неке жүзігі күміс'], [kk => 28, 0, 'Нұрлан есімді кружка'],
	[kk => 16, 0, 'Абай жолы кітабы'], [kk => 31, 1, 'Алма ағашының көшеті'], [kk => 30, 0, 'Бауырсақ дайын 1 кг'],
	[kk => 28, 0, 'Пони ойыншық'], [kk => 21, 0, 'Киім тазалайтын ролик'], [kk => 9, 1, 'Домофон бейне'],
	[kk => 11, 1, 'Эдисон шамы E27'], [kk => 12, 1, 'Нива көлігіне кілемше'], [kk => 30, 0, 'Какао ұнтағы 250 г'],
	[tr => 30, 0, 'Nikah şekeri 100 adet'], [tr => 20, 0, 'Perde rayı 2 metre'], [tr => 6, 0, 'Ray dolap sürgüsü'],
	[tr => 16, 0, 'Reyon etiketi'], [tr => 30, 0, 'Adana acı biber 1 kg'], [tr => 31, 1, 'Amasya elması 5 kg'],
	[tr => 25, 1, 'Hawaii gömlek'], [tr => 14, 1, 'Gül altın küpe'], [tr => 16, 0, 'Samsun şehir haritası'],
	[tr => 28, 0, 'Pony at oyuncak'], [tr => 29, 1, 'Elma sirkesi 1 lt'], [tr => 21, 0, 'Tüy toplama rulosu'],
	[az => 14, 1, 'Nikah üzükləri qızıl'], [az => 31, 1, 'Quba alması 3 kq'], [az => 28, 0, 'Sona adlı kukla'],
	[az => 30, 0, 'Kakao tozu 200 qr'], [az => 25, 0, 'Havay köynəyi'], [az => 16, 0, 'Nizami kitabı'],
	[az => 20, 0, 'Pərdə relsi 3 metr'], [az => 32, 1, 'Alma kompotu 3 litr'],
	[ka => 28, 0, 'ნიკა თოჯინა'], [ka => 16, 0, 'ლევანის ლექსები წიგნი'], [ka => 31, 1, 'ვაშლის ნერგი'],
	[ka => 14, 0, 'სონიას სამაჯური'], [ka => 30, 0, 'კაკაოს ფხვნილი'], [ka => 25, 0, 'ჰავაის პერანგი'],
	[zh => 31, 1, '小米椒 新鲜 500g'], [zh => 31, 1, '小米辣 农家 1斤'], [zh => 29, 1, '苹果干 办公室零食'],
	[zh => 31, 1, '烟台苹果 红富士 10斤'], [zh => 16, 0, '三星级酒店 住宿券'], [zh => 30, 1, '苹果味 软糖'],
	[zh => 30, 0, '夏威夷果 奶油味 500g'], [zh => 28, 0, '小马 毛绒玩具'],
);

# unbranded goods: [class, [ru], [kk], [en], [tr], [az], [ka], [zh]]
my @PLAIN = (
	[11, ['Электрочайник 1.7 л'], ['Электр шәйнек'], ['Electric kettle 1.7L'], ['Su ısıtıcı'], ['Elektrik çaydanı'], ['ელექტრო ჩაიდანი'], ['电水壶']],
	[7, ['Блендер погружной'], ['Блендер'], ['Hand blender'], ['El blenderi'], ['Blender'], ['ბლენდერი'], ['料理棒']],
	[9, ['Повербанк 20000 мАч'], ['Повербанк 20000'], ['Power bank 20000mAh'], ['Powerbank 20000 mAh'], ['Pauerbank'], ['პაუერბანკი'], ['充电宝']],
	[9, ['Мышь беспроводная'], ['Сымсыз тінтуір'], ['Wireless mouse'], ['Kablosuz mouse'], ['Simsiz siçan'], ['უსადენო მაუსი'], ['无线鼠标']],
	[9, ['Wi-Fi роутер двухдиапазонный'], ['Wi-Fi роутер'], ['Dual band router'], ['Modem router'], ['Wi-Fi router'], ['როუტერი'], ['路由器']],
	[25, ['Свитер вязаный'], ['Тоқыма свитер'], ['Knitted sweater'], ['Örgü kazak'], ['Toxunma sviter'], ['ნაქსოვი სვიტერი'], ['针织毛衣']],
	[25, ['Платье летнее'], ['Жазғы көйлек'], ['Summer dress'], ['Yazlık elbise'], ['Yay donu'], ['ზაფხულის კაბა'], ['连衣裙']],
	[25, ['Кепка бейсболка'], ['Бейсболка'], ['Baseball cap'], ['Şapka'], ['Papaq'], ['კეპი'], ['棒球帽']],
	[18, ['Зонт складной'], ['Қол шатыр'], ['Folding umbrella'], ['Katlanır şemsiye'], ['Çətir'], ['ქოლგა'], ['折叠伞']],
	[3, ['Шампунь для волос 500 мл'], ['Шаш сусабыны'], ['Shampoo 500ml'], ['Şampuan'], ['Şampun'], ['შამპუნი'], ['洗发水']],
	[28, ['Машинка на пульте'], ['Пультпен басқарылатын машина'], ['RC car'], ['Uzaktan kumandalı araba'], ['Pultlu maşın'], ['სათამაშო მანქანა'], ['遥控车']],
	[28, ['Пазл 1000 деталей'], ['Пазл 1000 бөлік'], ['Jigsaw puzzle 1000'], ['Yapboz 1000 parça'], ['Pazl 1000'], ['თავსატეხი'], ['拼图']],
	[21, ['Сковорода антипригарная 28 см'], ['Таба 28 см'], ['Frying pan 28cm'], ['Tava 28 cm'], ['Tava'], ['ტაფა'], ['不粘锅']],
	[24, ['Полотенце махровое'], ['Сүлгі'], ['Bath towel'], ['Banyo havlusu'], ['Dəsmal'], ['პირსახოცი'], ['浴巾']],
	[20, ['Подушка ортопедическая'], ['Жастық'], ['Memory foam pillow'], ['Ortopedik yastık'], ['Yastıq'], ['ბალიში'], ['记忆枕']],
	[9, ['Чехол силиконовый универсальный'], ['Әмбебап қап'], ['Universal phone case'], ['Evrensel telefon kılıfı'], ['Universal örtük'], ['უნივერსალური ქეისი'], ['通用手机壳']],
	[9, ['Наушники проводные'], ['Сымды құлаққап'], ['Wired earphones'], ['Kablolu kulaklık'], ['Simli qulaqlıq'], ['სადენიანი ყურსასმენი'], ['有线耳机']],
	[14, ['Часы настенные'], ['Қабырға сағаты'], ['Wall clock'], ['Duvar saati'], ['Divar saatı'], ['კედლის საათი'], ['挂钟']],
	[8, ['Набор отвёрток'], ['Бұрағыш жиынтығы'], ['Screwdriver set'], ['Tornavida seti'], ['Vintaçan dəsti'], ['სახრახნისების ნაკრები'], ['螺丝刀套装']],
	[25, ['Носки хлопковые 10 пар'], ['Мақта шұлық'], ['Cotton socks 10 pairs'], ['Pamuk çorap'], ['Pambıq corab'], ['ბამბის წინდები'], ['棉袜']],
);
my %PLAIN_ADJ = (
	ru => ['недорого', 'новый', 'опт и розница', 'серый', 'подарок', 'хорошее состояние'],
	kk => ['арзан', 'жаңа', 'сұр', 'сыйлыққа', 'жақсы күйде'],
	en => ['cheap', 'new', 'grey', 'gift', 'generic', 'no brand', 'good condition'],
	tr => ['ucuz', 'yeni', 'gri', 'hediye', 'markasız'],
	az => ['ucuz', 'yeni', 'boz', 'hədiyyə', 'markasız'],
	ka => ['იაფი', 'ახალი', 'ნაცრისფერი', 'საჩუქარი'],
	zh => ['便宜', '新款', '灰色', '无品牌'],
);
# cue expressions without any mark
my @CUE_ONLY = (
	[ru => 9, 'Муляж камеры видеонаблюдения', 'муляж'], [kk => 9, 'Муляж бейнекамера', 'муляж'],
	[en => 28, 'Movie prop replica sword', 'replica'], [en => 28, 'Dummy camera fake CCTV', 'fake'],
	[en => 3, 'Perfume dupe oil 10 ml', 'dupe'], [tr => 28, 'Birebir ölçekli maket uçak', 'birebir'],
	[tr => 14, 'İmitasyon inci kolye', 'imitasyon'], [az => 16, 'Sənəd surəti xidməti', 'surət'],
	[ru => 14, 'Бижутерия под золото, не оригинал', 'не оригинал'], [ka => 14, 'იმიტაციის მარგალიტი', 'იმიტაცია'],
	[zh => 14, '仿珍珠 项链', '仿'], [ru => 18, 'Сумка из искусственной кожи, реплика винтажной модели', 'реплика'],
);

# --- output -------------------------------------------------------------------
my @out;
my %dup;

# keep ROW: add a row unless its title exists; true when added
sub keep
{
	my ($r) = @_;
	return 0 if $dup{$r->{listing}}++;
	die "control character in $r->{listing}\n" if $r->{listing} =~ /[\t\n\r]/;
	$r->{$_} //= '' for qw(seller gtin jurisdiction nice_class expected_mark cues other_marks);
	$r->{referential} //= 0;
	push @out, $r;
	return 1;
}

# market ROW, MARK, CLASS: seller, GTIN, jurisdiction and class fields
sub market
{
	my ($r, $m, $class) = @_;
	$r->{seller} = one_of(@SHOPS) if coin(0.65);
	if (coin(0.25))
	{
		$r->{gtin} = ean13(($m && coin(0.5)) ? one_of(@{$GS1{$m}}) : one_of(@LOCAL_PREFIXES));
	}
	$r->{jurisdiction} = one_of(@{$MARKET{$r->{lang}}}) if coin(0.85);
	$r->{nice_class} = $class if defined $class && coin(0.7);
}

# products KIND, N: N listings whose mark is written in way KIND
sub products
{
	my ($kind, $n) = @_;
	my @pool = $kind eq 'typo' ? grep { length($_) >= 5 } @MARKS : @MARKS;
	my ($made, $tries) = (0, 0);
	while ($made < $n && $tries++ < $n * 30)
	{
		my $lang = weighted(@LANG_MIX);
		my $m = one_of(@pool);
		my ($g, @models) = @{one_of(@{$LINE{$m}})};
		my $model = one_of(@models);
		my $mt;
		if ($kind eq 'exact') { $mt = decorated($m); }
		elsif ($kind eq 'spacing') { $mt = separated($m); }
		elsif ($kind eq 'homoglyph') { $mt = look_alike($m); }
		elsif ($kind eq 'transliteration') { ($mt, $lang) = respelled($m, $lang); }
		else
		{
			$mt = typo($m);
			$mt = cased($mt) if defined $mt;
		}
		next unless defined $mt;
		my @also;
		# the house mark written with the product mark
		if (($m eq 'iPhone' || $m eq 'AirPods') && $kind ne 'transliteration' && coin(0.2))
		{
			$mt = coin(0.5) ? "Apple $mt" : "$mt (Apple)";
			push @also, 'Apple';
		}
		elsif ($m eq 'PlayStation' && $kind ne 'transliteration' && coin(0.25))
		{
			$mt = "Sony $mt";
			push @also, 'Sony';
		}
		# a Chinese title often carries the Latin mark next to the Chinese
		# name ("戴森Dyson"): then the Latin one is what was written
		my $t = title_for($lang, $mt, $g, $model);
		my $cue = '';
		($t, $cue) = with_cue($t, $lang) if coin(0.22);
		my $r = {listing => $t, lang => $lang, expected_mark => $m, kind => $kind, cues => $cue,
			other_marks => join(',', @also)};
		market($r, $m, $GOODS{$g}[0]);
		$made += keep($r);
	}
	warn "$kind: $made of $n\n" if $made < $n;
}

# accessories N: listings of parts and accessories naming the mark they fit
sub accessories
{
	my ($n) = @_;
	my @pool = sort keys %FITS;
	my ($made, $tries) = (0, 0);
	while ($made < $n && $tries++ < $n * 30)
	{
		my $lang = weighted(@LANG_MIX);
		my $m = one_of(@pool);
		my ($part, $class, @models) = @{one_of(@{$FITS{$m}})};
		my $model = one_of(@models);
		my $mt = cased($m);
		# a spelling of the mark in the title's script ("к Дайсону")
		if (($lang eq 'ru' || $lang eq 'kk') && $CYRILLIC{$m} && coin(0.2))
		{
			$mt = one_of(@{$CYRILLIC{$m}});
		}
		elsif ($lang eq 'ka' && $GEORGIAN{$m} && coin(0.2))
		{
			$mt = one_of(@{$GEORGIAN{$m}});
		}
		my $t = fits_title($lang, $mt, $part, $model);
		my @also;
		# a second mark the accessory also fits, as written
		if (coin(0.06) && $m ne 'Samsung' && ($part eq 'cable' || $part eq 'film' || $part eq 'band'))
		{
			$t .= $lang eq 'ru' ? ' и Samsung' : $lang eq 'tr' ? ' ve Samsung' : $lang eq 'az' ? ' və Samsung' : ' / Samsung';
			push @also, 'Samsung';
		}
		my $cue = '';
		($t, $cue) = with_cue($t, $lang) if coin(0.04);
		my $r = {listing => $t, lang => $lang, expected_mark => $m, kind => 'referential', referential => 1,
			cues => $cue, other_marks => join(',', @also)};
		market($r, undef, $class);
		$made += keep($r);
	}
	warn "referential: $made of $n\n" if $made < $n;
}

# unbranded N: listings that use no registered mark
sub unbranded
{
	my ($n) = @_;
	my ($made, $tries) = (0, 0);
	while ($made < $n && $tries++ < $n * 60)
	{
		my $x = rand();
		my $r;
		if ($x < 0.5)
		{
			my ($lang, $class, $always, $t) = @{one_of(@LOOKALIKE_NEG)};
			$t .= ' ' . one_of(@{$EXTRA{$lang}}) if coin(0.5);
			$r = {listing => $t, lang => $lang, kind => 'negative'};
			market($r, undef, undef);
			$r->{nice_class} = ($always || coin(0.7)) ? $class : '';
		}
		elsif ($x < 0.57)
		{
			my ($lang, $class, $t, $cue) = @{one_of(@CUE_ONLY)};
			$t .= ' ' . one_of(@{$EXTRA{$lang}}) if coin(0.5);
			$r = {listing => $t, lang => $lang, kind => 'negative', cues => $cue};
			market($r, undef, $class);
		}
		else
		{
			my $lang = weighted(@LANG_MIX);
			my $p = one_of(@PLAIN);
			my $t = one_of(@{$p->[1 + $COL{$lang}]});
			$t .= ' ' . one_of(@{$PLAIN_ADJ{$lang}}) if coin(0.7);
			$t .= ', ' . one_of(@{$EXTRA{$lang}}) if coin(0.4);
			$r = {listing => $t, lang => $lang, kind => 'negative'};
			market($r, undef, $p->[0]);
		}
		$made += keep($r);
	}
	warn "negative: $made of $n\n" if $made < $n;
}

products('exact', 280 * $SCALE);
products('spacing', 260 * $SCALE);
products('homoglyph', 300 * $SCALE);
products('transliteration', 300 * $SCALE);
products('typo', 260 * $SCALE);
accessories(260 * $SCALE);
unbranded(400 * $SCALE);

my $fh = \*STDOUT;
if (@ARGV)
{
	open($fh, '>', $ARGV[0]) or die "cannot write $ARGV[0]: $!\n";
}
binmode($fh, ':encoding(UTF-8)');
my @cols = qw(id listing seller gtin jurisdiction nice_class expected_mark kind referential cues lang other_marks);
print $fh join("\t", @cols), "\n";
my $id = 0;
for my $r (@out)
{
	$r->{id} = ++$id;
	print $fh join("\t", map { $r->{$_} } @cols), "\n";
}
close($fh) if @ARGV;
