#!/usr/bin/perl
# test/trademark/gen_blind.pl
#	BLIND (untuned) labelled corpus of marketplace listing titles for the
#	trademark check (issue 5 §4).  gen_corpus.pl, gen_heldout.pl and
#	gen_final.pl have all been used to find and fix gaps in
#	trademark_check; this fourth corpus was written after that, from the
#	issue, the domain primer and knowledge of how sellers title listings
#	on Kaspi.kz, Wildberries, Ozon, Trendyol, Tap.az, MyMarket.ge and
#	Taobao/1688, without reading the checker's code or lexicon or the
#	other generators' templates and vocabulary.  Own seed, own PRNG
#	(xorshift32), own templates, product nouns, cue expressions,
#	referential phrasings, disguises and negatives.  Never tune the
#	checker on it: its figures are the blind ones.
#
#	Same marks (marks.tsv next to this script) and the same tab-separated
#	columns as gen_corpus.pl, with a header line:
#
#	  id		listing number, 1..N
#	  listing	the title, as a seller would write it
#	  seller	seller name or empty
#	  gtin		GTIN-13 (valid check digit) or empty
#	  jurisdiction	ISO 3166 code of the marketplace or empty
#	  nice_class	Nice class of the listing's category (about half of the
#			listings, as a marketplace category would give it) or empty
#	  expected_mark	the registered mark the title uses, or empty (negative)
#	  kind		exact, spacing, homoglyph, transliteration, typo,
#			referential or negative
#	  referential	1 when the mark names what an accessory fits, else 0
#	  cues		counterfeit cue expressions in the title (comma-separated,
#			as written, lower case) or empty
#	  lang		language of the title: ru kk en tr az ka zh
#	  other_marks	further registered marks the title also uses as written
#			(a registered Chinese name counts as written)
#
#	Labelling conventions (as in gen_final.pl's header): digits and symbols
#	for letters, Cyrillic/Greek/Kazakh/Turkish look-alike letters and
#	fullwidth forms are 'homoglyph'; separators, split or joined words and
#	dropped or replaced apostrophes/hyphens are 'spacing'; phonetic
#	spellings in another script or orthography and registered Chinese
#	names are 'transliteration'; single-edit (Damerau) misspellings of the
#	Latin mark are 'typo' (checked when the corpus is written).  Case
#	changes alone are 'exact'.  Referential listings (kind 'referential')
#	mostly write the mark as registered, some in Cyrillic with a case
#	ending.  Negatives: ordinary words near a mark (Bison, Niva, Casino,
#	Phillips screwdriver, 小米 millet, 苹果 fruit, 博士 graduation cap...),
#	a mark's word in a category outside its Nice classes (always with
#	nice_class then), other brands, and generic unbranded titles.
#
#	Deterministic (own PRNG, arrays only, no hash-order dependence), core
#	Perl only.  Usage: perl gen_blind.pl [OUTFILE] (default: standard
#	output).  Environment: GEN_BLIND_SEED (default 611027), GEN_BLIND_SCALE
#	(default 1: about 2,000 listings).
use strict;
use warnings;
use utf8;
use File::Basename qw(dirname);

my $SEED = $ENV{GEN_BLIND_SEED} // 611027;
my $SCALE = $ENV{GEN_BLIND_SCALE} // 1;
die "GEN_BLIND_SCALE must be a positive integer\n" unless $SCALE =~ /^[1-9][0-9]*$/;
die "GEN_BLIND_SEED must be a positive integer\n" unless $SEED =~ /^[1-9][0-9]*$/;

# --- PRNG: xorshift32 ------------------------------------------------------
my $state = ($SEED * 2654435761) % 4294967296;
$state = 2463534242 if $state == 0;

# rnd(): a number in [0,1)
sub rnd
{
	$state ^= ($state << 13) & 0xFFFFFFFF;
	$state ^= $state >> 17;
	$state ^= ($state << 5) & 0xFFFFFFFF;
	return $state / 4294967296;
}

# pick LIST: one element, uniformly
sub pick { return $_[int(rnd() * @_)]; }

# chance P: true with probability P
sub chance { return rnd() < $_[0]; }

# --- marks -----------------------------------------------------------------
my (%classes, %prefixes, %cn, @marks);
{
	my $f = dirname(__FILE__) . '/marks.tsv';
	open(my $fh, '<:encoding(UTF-8)', $f) or die "cannot read $f: $!\n";
	while (my $l = <$fh>)
	{
		chomp $l;
		next if $l =~ /^#/ || $l eq '';
		my @c = split /\t/, $l, -1;
		push @marks, $c[0];
		$classes{$c[0]} = { map { $_ => 1 } split /,/, $c[2] };
		$prefixes{$c[0]} = [split /,/, $c[5]];
		$cn{$c[0]} = [grep { $_ ne '' } split /,/, ($c[8] // '')];
	}
}

# --- languages ---------------------------------------------------------------
my @LANGS = qw(ru kk en tr az ka zh);
my %JUR = (ru => ['RU', 'KZ', 'BY', 'KZ', ''], kk => ['KZ', 'KZ', ''],
	en => ['KZ', 'AZ', 'GE', 'TR', ''], tr => ['TR', 'TR', ''],
	az => ['AZ', 'AZ', ''], ka => ['GE', 'GE', ''], zh => ['CN', 'CN', 'KZ', '']);

# --- product categories: Nice class and noun per language ------------------
# name => [class, ru, kk, en, tr, az, ka, zh]
my %CAT = (
	phone => [9, 'Смартфон', 'Смартфоны', 'Smartphone', 'Cep Telefonu', 'Mobil telefon', 'მობილური ტელეფონი', '手机'],
	earbuds => [9, 'Беспроводные наушники', 'Сымсыз құлаққап', 'Wireless Earbuds', 'Kablosuz Kulaklık', 'Simsiz qulaqlıq', 'უსადენო ყურსასმენი', '无线蓝牙耳机'],
	headphones => [9, 'Накладные наушники', 'Құлаққап', 'Over-Ear Headphones', 'Kulak Üstü Kulaklık', 'Qulaqlıq', 'ყურსასმენი', '头戴式降噪耳机'],
	speaker => [9, 'Портативная колонка', 'Портативті колонка', 'Portable Bluetooth Speaker', 'Taşınabilir Bluetooth Hoparlör', 'Portativ kalonka', 'პორტატული დინამიკი', '蓝牙音箱'],
	vacuum => [7, 'Беспроводной пылесос', 'Сымсыз шаңсорғыш', 'Cordless Vacuum Cleaner', 'Kablosuz Dikey Süpürge', 'Simsiz tozsoran', 'უსადენო მტვერსასრუტი', '无线吸尘器'],
	robovac => [7, 'Робот-пылесос', 'Робот шаңсорғыш', 'Robot Vacuum', 'Robot Süpürge', 'Robot tozsoran', 'რობოტი მტვერსასრუტი', '扫地机器人'],
	hairdryer => [11, 'Фен для волос', 'Шаш кептіргіш фен', 'Hair Dryer', 'Saç Kurutma Makinesi', 'Saç quruducu fen', 'თმის საშრობი ფენი', '吹风机'],
	shaver => [8, 'Электробритва', 'Электр ұстара', 'Electric Shaver', 'Tıraş Makinesi', 'Təraş maşını', 'ელექტრო სამართებელი', '电动剃须刀'],
	toothbrush => [21, 'Электрическая зубная щетка', 'Электр тіс щеткасы', 'Electric Toothbrush', 'Şarjlı Diş Fırçası', 'Elektrik diş fırçası', 'ელექტრო კბილის ჯაგრისი', '电动牙刷'],
	kettle => [11, 'Электрочайник', 'Электр шәйнек', 'Electric Kettle', 'Su Isıtıcı Kettle', 'Elektrik çaydanı', 'ელექტრო ჩაიდანი', '电热水壶'],
	sneakers => [25, 'Кроссовки', 'Кроссовкалар', 'Sneakers', 'Spor Ayakkabı', 'İdman ayaqqabısı', 'სპორტული ფეხსაცმელი', '运动鞋'],
	hoodie => [25, 'Худи оверсайз', 'Худи', 'Hoodie', 'Kapüşonlu Sweatshirt', 'Kapüşonlu sviter', 'ჰუდი', '连帽卫衣'],
	tracksuit => [25, 'Спортивный костюм', 'Спорттық костюм', 'Tracksuit', 'Eşofman Takımı', 'İdman kostyumu', 'სპორტული კოსტიუმი', '运动套装'],
	tshirt => [25, 'Футболка', 'Футболка', 'T-Shirt', 'Tişört', 'Futbolka', 'მაისური', 'T恤'],
	bag => [18, 'Сумка женская', 'Әйелдер сөмкесі', 'Handbag', 'Kadın Çanta', 'Qadın çantası', 'ქალის ჩანთა', '女士手提包'],
	wallet => [18, 'Кошелек', 'Әмиян', 'Wallet', 'Cüzdan', 'Pul kisəsi', 'საფულე', '钱包'],
	backpack => [18, 'Рюкзак', 'Рюкзак', 'Backpack', 'Sırt Çantası', 'Bel çantası', 'ზურგჩანთა', '双肩包'],
	perfume => [3, 'Парфюмерная вода', 'Иіс су', 'Eau de Parfum', 'Parfüm EDP', 'Ətir', 'სუნამო', '香水'],
	cream => [3, 'Крем для лица', 'Бетке арналған крем', 'Face Cream', 'Nemlendirici Krem', 'Üz kremi', 'სახის კრემი', '面霜'],
	deodorant => [3, 'Дезодорант-антиперспирант', 'Дезодорант', 'Antiperspirant Deodorant', 'Roll-on Deodorant', 'Dezodorant', 'დეოდორანტი', '止汗露'],
	watch => [14, 'Часы наручные', 'Қол сағаты', 'Wrist Watch', 'Kol Saati', 'Qol saatı', 'მაჯის საათი', '手表'],
	smartwatch => [9, 'Смарт-часы', 'Смарт сағат', 'Smartwatch', 'Akıllı Saat', 'Ağıllı saat', 'სმარტ საათი', '智能手表'],
	band => [9, 'Фитнес-браслет', 'Фитнес білезік', 'Fitness Tracker', 'Akıllı Bileklik', 'Ağıllı qolbaq', 'ფიტნეს სამაჯური', '智能手环'],
	sunglasses => [9, 'Солнцезащитные очки', 'Күннен қорғайтын көзілдірік', 'Sunglasses', 'Güneş Gözlüğü', 'Gün eynəyi', 'მზის სათვალე', '太阳镜'],
	jeans => [25, 'Джинсы мужские', 'Ерлер джинсысы', "Men's Jeans", 'Erkek Kot Pantolon', 'Kişi cins şalvarı', 'მამაკაცის ჯინსი', '男士牛仔裤'],
	laptop => [9, 'Ноутбук', 'Ноутбук', 'Laptop', 'Dizüstü Bilgisayar', 'Noutbuk', 'ლეპტოპი', '笔记本电脑'],
	tablet => [9, 'Планшет', 'Планшет', 'Tablet', 'Tablet', 'Planşet', 'პლანშეტი', '平板电脑'],
	tv => [9, 'Телевизор', 'Теледидар', 'Smart TV', 'Televizyon', 'Televizor', 'ტელევიზორი', '智能电视'],
	console => [28, 'Игровая приставка', 'Ойын приставкасы', 'Game Console', 'Oyun Konsolu', 'Oyun konsolu', 'სათამაშო კონსოლი', '游戏机'],
	gamepad => [28, 'Геймпад беспроводной', 'Сымсыз геймпад', 'Wireless Controller', 'Kablosuz Oyun Kolu', 'Simsiz coystik', 'უსადენო ჯოისტიკი', '无线游戏手柄'],
	blocks => [28, 'Конструктор', 'Құрастырмалы ойыншық', 'Building Set', 'Yapı Seti', 'Konstruktor', 'კონსტრუქტორი', '积木拼装玩具'],
	synth => [15, 'Синтезатор', 'Синтезатор', 'Digital Keyboard', 'Org Klavye', 'Sintezator', 'სინთეზატორი', '电子琴'],
	cap => [25, 'Кепка', 'Кепка', 'Baseball Cap', 'Şapka', 'Papaq kepka', 'კეპი', '棒球帽'],
);
my %LIX = (ru => 1, kk => 2, en => 3, tr => 4, az => 5, ka => 6, zh => 7);

# noun CAT LANG
sub noun { return $CAT{$_[0]}[$LIX{$_[1]}]; }

# --- per mark: categories with models, transliterations, typos --------------
# cats: [category, models...]; cyr: Cyrillic spellings (ru, kk);
# gen: Russian genitive forms after "для"; ka: Georgian; lat: Latin
# phonetic respellings (tr/az); typo: single-edit misspellings
my %M = (
	'Dyson' => { cats => [['vacuum', 'V11 Absolute', 'V15 Detect', 'V8 Slim', 'Gen5detect', 'V12'], ['hairdryer', 'Supersonic HD07', 'Supersonic HD15', 'Supersonic Nural']],
		cyr => ['Дайсон', 'ДАЙСОН'], gen => ['Дайсона'], ka => ['დაისონი', 'დაისონ'], lat => ['Daysın', 'Daison'],
		typo => ['Dysn', 'Dysom', 'Dysonn', 'Dyosn', 'Dysen', 'Dison'] },
	'AirPods' => { cats => [['earbuds', 'Pro 2', '3', '4 ANC', 'Pro 2 USB-C', '2'], ['headphones', 'Max']],
		cyr => ['Эйрподс', 'Аирподс', 'Эирподс'], gen => ['Эйрподс', 'Аирподсов'], ka => ['ეარპოდსი', 'აირპოდსი'], lat => ['Eyrpods', 'Eyrpods'],
		typo => ['AirPod', 'AirPds', 'Airpots', 'AirPodss', 'AriPods'] },
	'iPhone' => { cats => [['phone', '15 Pro Max 256GB', '14 128 ГБ', '13 mini', '16 Pro 512GB', '12 64GB', '15 Plus']],
		cyr => ['Айфон', 'АЙФОН'], gen => ['Айфона'], ka => ['აიფონი', 'აიფონ'], lat => ['Ayfon', 'Ayfon'],
		typo => ['iPhon', 'iPhome', 'iPohne', 'iPhonee', 'Iphnoe', 'iFhone'] },
	'Apple' => { cats => [['smartwatch', 'Watch Series 9 45mm', 'Watch SE 40mm', 'Watch Ultra 2'], ['laptop', 'MacBook Air 13 M2', 'MacBook Pro 14 M3'], ['tablet', 'iPad 10.9 64GB', 'iPad Air M2']],
		cyr => ['Эпл', 'Эппл'], gen => ['Эпл'], ka => ['ეპლი', 'ეფლი'], lat => ['Epl', 'Eppl'],
		typo => ['Aple', 'Appel', 'Applle', 'Apole', 'Aplpe'] },
	'Samsung' => { cats => [['phone', 'Galaxy S24 Ultra 12/256', 'Galaxy A55 8/128', 'Galaxy Z Flip5', 'Galaxy A15'], ['tv', 'Crystal UHD 55" UE55CU7100', 'QLED 65Q60C'], ['earbuds', 'Galaxy Buds2 Pro', 'Galaxy Buds FE']],
		cyr => ['Самсунг', 'САМСУНГ'], gen => ['Самсунга'], ka => ['სამსუნგი', 'სამსუნგ'], lat => ['Samsunq', 'Semsunq'],
		typo => ['Samsumg', 'Samsng', 'Sumsung', 'Samsnug', 'Samsunng', 'Samusng'] },
	'Xiaomi' => { cats => [['phone', 'Redmi Note 13 Pro 8/256', '14T Pro', 'Poco X6 Pro', 'Redmi 13C'], ['band', 'Smart Band 8', 'Smart Band 9 Active'], ['robovac', 'Robot Vacuum S10', 'Robot Vacuum E10'], ['kettle', 'Mi Electric Kettle 2']],
		cyr => ['Сяоми', 'Ксиаоми', 'Ксяоми'], gen => ['Сяоми'], ka => ['სიაომი', 'ქსიაომი'], lat => ['Şiaomi', 'Syaomi'],
		typo => ['Xiomi', 'Xaomi', 'Xioami', 'Xiaomy', 'Xiamoi', 'Xiaommi'] },
	'Sony' => { cats => [['headphones', 'WH-1000XM5', 'WH-CH720N'], ['earbuds', 'WF-1000XM5', 'WF-C700N'], ['tv', 'Bravia 7 55"', 'Bravia KD-50X75WL']],
		cyr => ['Сони', 'СОНИ'], gen => ['Сони'], ka => ['სონი', 'სონის'], lat => ['Soni'],
		typo => ['Sonny', 'Sny', 'Snoy', 'Sonyy'] },
	'Bose' => { cats => [['headphones', 'QuietComfort 45', 'QuietComfort Ultra', '700'], ['speaker', 'SoundLink Flex', 'SoundLink Mini II', 'SoundLink Revolve+']],
		cyr => ['Боуз', 'Бозе'], gen => ['Боуз'], ka => ['ბოუზი', 'ბოზე'], lat => ['Bouz'],
		typo => ['Bosee', 'Boze', 'Boes', 'Bosse'] },
	'JBL' => { cats => [['speaker', 'Charge 5', 'Flip 6', 'Go 3', 'PartyBox 110', 'Clip 4'], ['earbuds', 'Tune 520BT', 'Wave Beam', 'Live Pro 2']],
		cyr => ['Джей Би Эл', 'ДжейБиЭл'], gen => ['Джей Би Эл'], ka => ['ჯეიბიელი', 'ჯეი ბი ელ'], lat => ['Cey Bi El'],
		typo => ['JLB', 'JBLL', 'JBBL'] },
	'Philips' => { cats => [['shaver', 'Series 9000 S9985', 'OneBlade Pro 360', 'S5587'], ['toothbrush', 'Sonicare DiamondClean 9000', 'Sonicare 3100'], ['kettle', 'HD9350/90', 'Series 5000']],
		cyr => ['Филипс', 'ФИЛИПС'], gen => ['Филипс'], ka => ['ფილიპსი', 'ფილიფსი'], lat => ['Filips', 'Filips'],
		typo => ['Philps', 'Philipps', 'Phlips', 'Philiphs', 'Philisp', 'Pilips'] },
	'Braun' => { cats => [['shaver', 'Series 9 Pro+ 9517s', 'Series 7 71-S1000s', 'Series 5'], ['hairdryer', 'Satin Hair 7 HD785'], ['toothbrush', 'Oral-B Vitality Pro']],
		cyr => ['Браун', 'БРАУН'], gen => ['Браун'], ka => ['ბრაუნი', 'ბრაუნ'], lat => ['Braun'],
		typo => ['Braunn', 'Baun', 'Bruan', 'Braum', 'Brauun'] },
	'Nike' => { cats => [['sneakers', 'Air Force 1 Low', 'Air Max 90', 'Dunk Low Panda', 'Air Jordan 1 Mid'], ['hoodie', 'Tech Fleece', 'Club Fleece'], ['cap', 'Heritage86']],
		cyr => ['Найк', 'Найки', 'НАЙК'], gen => ['Найк'], ka => ['ნაიკი', 'ნაიკ'], lat => ['Nayk', 'Nayki'],
		typo => ['Nikee', 'Niike', 'Nkie', 'Nik'] },
	'Adidas' => { cats => [['sneakers', 'Samba OG', 'Superstar', 'Gazelle', 'Campus 00s', 'Yeezy Boost 350 V2'], ['tracksuit', 'Originals Adicolor', 'Tiro 23'], ['tshirt', 'Trefoil']],
		cyr => ['Адидас', 'АДИДАС'], gen => ['Адидас'], ka => ['ადიდასი', 'ადიდას'], lat => ['Adidas'],
		typo => ['Addidas', 'Adiddas', 'Adidaas', 'Adidsa', 'Adids', 'Abidas'] },
	'Puma' => { cats => [['sneakers', 'Suede Classic XXI', 'RS-X', 'Palermo', 'Speedcat'], ['tshirt', 'Essentials Logo'], ['backpack', 'Phase']],
		cyr => ['Пума', 'ПУМА'], gen => ['Пума'], ka => ['პუმა', 'პუმას'], lat => ['Puma'],
		typo => ['Pumma', 'Puuma', 'Pma', 'Pmua'] },
	'Gucci' => { cats => [['bag', 'GG Marmont', 'Dionysus', 'Jackie 1961', 'Ophidia'], ['perfume', 'Bloom 100 ml', 'Guilty Pour Homme', 'Flora Gorgeous Gardenia'], ['wallet', 'GG Supreme']],
		cyr => ['Гуччи', 'Гучи', 'ГУЧЧИ'], gen => ['Гуччи'], ka => ['გუჩი', 'გუჩის'], lat => ['Guçi', 'Guççi'],
		typo => ['Guci', 'Gucii', 'Gucchi', 'Gicci', 'Guccci'] },
	'Chanel' => { cats => [['perfume', 'Coco Mademoiselle 100ml', 'No 5 EDP', 'Chance Eau Tendre', 'Bleu de Chanel'], ['bag', 'Classic Flap', 'Boy Bag', '2.55']],
		cyr => ['Шанель', 'ШАНЕЛЬ'], gen => ['Шанель'], ka => ['შანელი', 'შანელ'], lat => ['Şanel', 'Shanel'],
		typo => ['Chanell', 'Chnel', 'Chanek', 'Chaneel', 'Cahnel'] },
	'Louis Vuitton' => { cats => [['bag', 'Neverfull MM', 'Speedy 30', 'Keepall 55', 'Onthego GM'], ['wallet', 'Zippy', 'Victorine'], ['backpack', 'Christopher']],
		cyr => ['Луи Виттон', 'Луи Витон', 'Луи Вюиттон'], gen => ['Луи Виттон'], ka => ['ლუი ვიტონი', 'ლუი ვუიტონი'], lat => ['Lui Viton', 'Lui Vitton'],
		typo => ['Louis Vuiton', 'Luis Vuitton', 'Louis Vitton', 'Louis Vuittom', 'Louise Vuitton'] },
	'Rolex' => { cats => [['watch', 'Submariner Date 41', 'Daytona Panda', 'Datejust 41', 'GMT-Master II Pepsi', 'Day-Date 40']],
		cyr => ['Ролекс', 'РОЛЕКС'], gen => ['Ролекс'], ka => ['როლექსი', 'როლექს'], lat => ['Roleks'],
		typo => ['Rollex', 'Rolx', 'Rolexx', 'Rolez', 'Roelx'] },
	'Casio' => { cats => [['watch', 'G-Shock GA-2100', 'Edifice EFR-526L', 'Vintage A168WA', 'G-Shock DW-5600'], ['synth', 'CT-S300', 'CT-X700']],
		cyr => ['Касио', 'КАСИО'], gen => ['Касио'], ka => ['კასიო', 'კასიოს'], lat => ['Kasio'],
		typo => ['Cassio', 'Caiso', 'Casoi', 'Casi', 'Casiio'] },
	'Lego' => { cats => [['blocks', 'Technic 42115', 'Star Wars 75192', 'City 60337', 'Ninjago 71799', 'Friends 41757']],
		cyr => ['Лего', 'ЛЕГО'], gen => ['Лего'], ka => ['ლეგო', 'ლეგოს'], lat => ['Leqo'],
		typo => ['Legoo', 'Lgeo', 'Leggo'] },
	'Nivea' => { cats => [['cream', 'Soft 200 мл', 'Creme 150ml', 'Q10 Power'], ['deodorant', 'Men Invisible', 'Black & White']],
		cyr => ['Нивея', 'Нивеа', 'НИВЕЯ'], gen => ['Нивея'], ka => ['ნივეა', 'ნივეას'], lat => ['Niveya'],
		typo => ['Nivia', 'Nivae', 'Niveea', 'Nievea', 'Nvea'] },
	'Huawei' => { cats => [['phone', 'Pura 70 Pro', 'nova 12 SE', 'Mate 60 Pro'], ['smartwatch', 'Watch GT 4 46mm', 'Watch Fit 3'], ['earbuds', 'FreeBuds Pro 3', 'FreeBuds 5i']],
		cyr => ['Хуавей', 'Хуавэй', 'ХУАВЕЙ'], gen => ['Хуавей'], ka => ['ჰუავეი', 'ჰუავეის'], lat => ['Huavey', 'Hüavey'],
		typo => ['Huawey', 'Huawai', 'Hauwei', 'Huwei', 'Huaweii', 'Hueawei'] },
	'Lenovo' => { cats => [['laptop', 'IdeaPad Slim 3 15IAN8', 'ThinkPad E14 Gen 5', 'Legion 5 Pro', 'LOQ 15IRH8'], ['tablet', 'Tab P12', 'Tab M10 Plus']],
		cyr => ['Леново', 'ЛЕНОВО'], gen => ['Леново'], ka => ['ლენოვო', 'ლენოვოს'], lat => [],
		typo => ['Lenvo', 'Lenovvo', 'Lneovo', 'Lenova', 'Lenoovo'] },
	'PlayStation' => { cats => [['console', '5 Slim 1TB', '5 Pro', '5 Digital Edition', '4 Pro 1TB'], ['gamepad', '5 DualSense', '4 DualShock']],
		cyr => ['Плейстейшн', 'Плейстейшен', 'Плэйстэйшн'], gen => ['Плейстейшн'], ka => ['ფლეისთეიშენი', 'პლეისტეიშენი'], lat => ['Pleysteyşn'],
		typo => ['PlayStaion', 'PlayStatoin', 'PlaySation', 'PlayStatiom', 'PlyStation', 'PlayStatio'] },
	'Ray-Ban' => { cats => [['sunglasses', 'Wayfarer RB2140', 'Aviator RB3025', 'Clubmaster RB3016', 'Round Metal RB3447']],
		cyr => ['Рэй Бэн', 'Рей Бен', 'Рейбан'], gen => ['Рэй Бэн'], ka => ['რეიბანი', 'რეი ბენი'], lat => ['Reyban', 'Rey Ben'],
		typo => ['Ray-Bam', 'Rey-Ban', 'Ray-Bann', 'Ray-Ben', 'Ray-Bna'] },
	"Levi's" => { cats => [['jeans', '501 Original', '511 Slim', '505 Regular', '502 Taper'], ['tshirt', 'Housemark'], ['jeans', '550 Relaxed']],
		cyr => ['Левайс', 'Левис', 'ЛЕВАЙС'], gen => ['Левайс'], ka => ['ლევაისი', 'ლევისი'], lat => ['Livays', 'Levays'],
		typo => ["Levy's", "Lavi's", "Levi'z", "Lev's", "Levil's"] },
);

# split points for spacing disguises: the mark's two halves
my %SPLIT = ('Dyson' => ['Dy', 'son'], 'AirPods' => ['Air', 'Pods'], 'iPhone' => ['i', 'Phone'],
	'Apple' => ['Ap', 'ple'], 'Samsung' => ['Sam', 'sung'], 'Xiaomi' => ['Xiao', 'mi'],
	'Sony' => ['So', 'ny'], 'Bose' => ['Bo', 'se'], 'JBL' => ['J', 'BL'], 'Philips' => ['Phi', 'lips'],
	'Braun' => ['Bra', 'un'], 'Nike' => ['Ni', 'ke'], 'Adidas' => ['Adi', 'das'], 'Puma' => ['Pu', 'ma'],
	'Gucci' => ['Guc', 'ci'], 'Chanel' => ['Cha', 'nel'], 'Louis Vuitton' => ['Louis', 'Vuitton'],
	'Rolex' => ['Ro', 'lex'], 'Casio' => ['Ca', 'sio'], 'Lego' => ['Le', 'go'], 'Nivea' => ['Ni', 'vea'],
	'Huawei' => ['Hua', 'wei'], 'Lenovo' => ['Le', 'novo'], 'PlayStation' => ['Play', 'Station'],
	'Ray-Ban' => ['Ray', 'Ban'], "Levi's" => ['Levi', 's']);

# --- cue expressions per language ----------------------------------------
my %CUES = (
	ru => ['реплика', 'копия', 'люкс копия', '1:1', 'ААА', 'паль', 'не оригинал', 'качество оригинала', 'реплика премиум', 'аналог'],
	kk => ['көшірме', 'реплика', '1:1', 'түпнұсқа емес', 'люкс көшірме'],
	en => ['replica', '1:1', 'AAA quality', 'mirror quality', 'super copy', 'dupe', 'first copy', 'inspired'],
	tr => ['replika', 'A kalite', 'AAA kalite', 'birebir', 'muadil', 'çakma', 'kopya'],
	az => ['replika', 'kopiya', 'lüks kopiya', '1:1', 'orijinal deyil', 'AAA'],
	ka => ['რეპლიკა', 'ასლი', '1:1', 'AAA', 'კოპია'],
	zh => ['高仿', '复刻', '原单', 'A货', '1:1', '精仿', '莆田', '顶级版'],
);

my %COLOR = (ru => ['черный', 'белый', 'серый', 'бежевый', 'синий', 'розовый'],
	kk => ['қара', 'ақ', 'сұр', 'көк', 'қызыл'],
	en => ['Black', 'White', 'Grey', 'Navy', 'Beige'],
	tr => ['Siyah', 'Beyaz', 'Gri', 'Lacivert', 'Bej'],
	az => ['qara', 'ağ', 'boz', 'göy', 'bej'],
	ka => ['შავი', 'თეთრი', 'ნაცრისფერი', 'ლურჯი'],
	zh => ['黑色', '白色', '灰色', '粉色']);
my %EXTRA = (ru => ['новый', 'с гарантией', '+ подарок', 'хит продаж', 'доставка по РК', 'в наличии', 'оригинал', 'Ростест'],
	kk => ['жаңа', 'кепілдікпен', 'тегін жеткізу', 'түпнұсқа', 'қолда бар'],
	en => ['Brand New', 'Fast Shipping', 'Free Delivery', 'Sealed', 'Gift Box', 'Original'],
	tr => ['Yeni Sezon', 'Hızlı Kargo', 'Faturalı', 'Ücretsiz Kargo', '2 Yıl Garantili', 'Orijinal'],
	az => ['yeni', 'çatdırılma pulsuz', 'zəmanətlə', 'kreditlə', 'orijinal'],
	ka => ['ახალი', 'მიტანით', 'გარანტიით', 'ორიგინალი'],
	zh => ['正品', '包邮', '新款', '现货速发', '官方同款', '顺丰']);

my @SELLERS = ('Technodom', 'Sulpak', 'Mechta.kz', 'ALSER', 'Gadget_Store_Almaty', 'SmartShop KZ', 'ShymkentTrade',
	'Astana-Optom', 'Brand_Outlet_77', 'LuxStyle', 'ModaDünyası', 'Teknosa Satıcı', 'KargoHızlı', 'ElitBaku',
	'Baku Electronics', 'TapAz_Seller_31', 'Tbilisi Mall Shop', 'GeoGadget', 'MyMarket_Pro', '深圳数码旗舰店',
	'义乌小商品批发', '广州潮牌工厂店', 'Yiwu Export', 'OzonSeller 4411', 'WB Торговый дом', 'ИП Ахметов',
	'ТОО Гаджет Плюс', 'Karaganda_Opt', 'OptomKZ', 'Kids Toys KZ');

# --- disguises ---------------------------------------------------------------
my %CYR = (a => 'а', e => 'е', o => 'о', p => 'р', c => 'с', x => 'х', y => 'у', i => 'і', j => 'ј', s => 'ѕ', h => 'һ',
	A => 'А', B => 'В', C => 'С', E => 'Е', H => 'Н', I => 'І', J => 'Ј', K => 'К', M => 'М', O => 'О', P => 'Р', S => 'Ѕ', T => 'Т', X => 'Х', Y => 'Ү');
my %GRK = (o => 'ο', a => 'α', v => 'ν', i => 'ι', u => 'υ', A => 'Α', B => 'Β', E => 'Ε', I => 'Ι', K => 'Κ', M => 'Μ', N => 'Ν', O => 'Ο', P => 'Ρ', T => 'Τ', X => 'Χ', Y => 'Υ', Z => 'Ζ', H => 'Η');
my %DIG = (o => '0', O => '0', i => '1', I => '1', l => '1', e => '3', E => '3', a => '4', A => '4', s => '$', S => '5', B => '8', g => '9');
my %ATS = (a => '@', A => '@', s => '$', S => '$', o => '0', O => '0');

# subst MAP WORD N: WORD with up to N letters replaced through MAP (at least one)
sub subst
{
	my ($map, $w, $n) = @_;
	my @ch = split //, $w;
	my @pos = grep { exists $map->{$ch[$_]} } 0 .. $#ch;
	return undef unless @pos;
	my $done = 0;
	for my $k (1 .. $n)
	{
		my $p = pick(@pos);
		next if $ch[$p] !~ /[A-Za-z]/;
		$ch[$p] = $map->{$ch[$p]};
		$done++;
	}
	return $done ? join('', @ch) : undef;
}

# homoglyph MARK LANG: the mark with look-alike letters, as a seller in LANG would type it
sub homoglyph
{
	my ($m, $lang) = @_;
	my $w = chance(0.25) ? uc($m) : $m;
	$w = $m if $m eq "Levi's" && $w ne $m && chance(0.5);
	for (1 .. 20)
	{
		my $r;
		my $how = rnd();
		if ($lang eq 'ru' || $lang eq 'kk')
		{
			$r = $how < 0.7 ? subst(\%CYR, $w, 1 + int(rnd() * 2)) : subst(\%DIG, $w, 1);
		}
		elsif ($lang eq 'tr' || $lang eq 'az')
		{
			if ($how < 0.35 && $w =~ /i/)
			{
				($r = $w) =~ s/i/ı/g;
			}
			elsif ($how < 0.65)
			{
				$r = subst(\%DIG, $w, 1);
			}
			else
			{
				$r = subst(\%CYR, $w, 1);
			}
		}
		elsif ($lang eq 'zh')
		{
			if ($how < 0.4)
			{
				($r = $w) =~ tr/A-Za-z/Ａ-Ｚａ-ｚ/;
			}
			else
			{
				$r = subst(\%DIG, $w, 1);
			}
		}
		else
		{
			$r = $how < 0.35 ? subst(\%DIG, $w, 1)
				: $how < 0.55 ? subst(\%ATS, $w, 1)
				: $how < 0.8 ? subst(\%CYR, $w, 2)
				: subst(\%GRK, $w, 1);
		}
		return $r if defined $r && $r ne $w && $r ne uc($m) && $r ne $m;
	}
	return subst(\%CYR, $m, 1) // die "no homoglyph for $m\n";
}

# spacing MARK: the mark with separators inserted, words split or joined
sub spacing
{
	my ($m) = @_;
	my ($a, $b) = @{$SPLIT{$m}};
	my $how = rnd();
	my $w = chance(0.3) ? uc($m) : $m;
	my $letters = ($w =~ s/[^A-Za-z]//gr);
	if ($m eq "Levi's")
	{
		return pick('Levis', 'LEVIS', "Levi s", 'Levi`s', "Levi’s", 'L E V I S', 'Levi-s');
	}
	if ($m eq 'Ray-Ban')
	{
		return pick('RayBan', 'Ray Ban', 'RAYBAN', 'Ray.Ban', 'R a y B a n', 'Ray_Ban', 'Ray - Ban');
	}
	if ($m eq 'Louis Vuitton')
	{
		return pick('LouisVuitton', 'Louis-Vuitton', 'LOUIS.VUITTON', 'L o u i s V u i t t o n', 'Louis_Vuitton', 'louisvuitton', 'Louis Vuit ton');
	}
	if ($how < 0.3)
	{
		return join(' ', split //, $letters);
	}
	elsif ($how < 0.45)
	{
		return join(pick('.', '-', '*', '_'), split //, $letters);
	}
	else
	{
		($a, $b) = (uc($a), uc($b)) if $w eq uc($m);
		return $a . pick(' ', ' ', '-', '.', '_', ' - ', '/') . $b;
	}
}

# damerau A B: true when B is one Damerau-Levenshtein edit from A (case-insensitive)
sub one_edit
{
	my ($x, $y) = (lc $_[0], lc $_[1]);
	return 0 if $x eq $y;
	my ($lx, $ly) = (length $x, length $y);
	return 0 if abs($lx - $ly) > 1;
	if ($lx == $ly)
	{
		my @d = grep { substr($x, $_, 1) ne substr($y, $_, 1) } 0 .. $lx - 1;
		return 1 if @d == 1;
		return 1 if @d == 2 && $d[1] == $d[0] + 1
			&& substr($x, $d[0], 1) eq substr($y, $d[1], 1) && substr($x, $d[1], 1) eq substr($y, $d[0], 1);
		return 0;
	}
	my ($s, $l) = $lx < $ly ? ($x, $y) : ($y, $x);
	for my $i (0 .. length($l) - 1)
	{
		return 1 if substr($l, 0, $i) . substr($l, $i + 1) eq $s;
	}
	return 0;
}
for my $m (@marks)
{
	die "no data for mark $m\n" unless $M{$m};
	for my $t (@{$M{$m}{typo}})
	{
		die "typo '$t' of $m is not one edit\n" unless one_edit($m, $t);
	}
}

# --- GTIN --------------------------------------------------------------------
# gtin13 DIGITS12: DIGITS12 with its GS1 check digit
sub gtin13
{
	my ($d) = @_;
	my $s = 0;
	my @c = split //, $d;
	$s += $c[$_] * ($_ % 2 ? 3 : 1) for 0 .. 11;
	return $d . ((10 - $s % 10) % 10);
}

# some_gtin MARK: a GTIN for a listing of MARK (holder's prefix or another), or empty
sub some_gtin
{
	my ($m) = @_;
	return '' unless chance(0.4);
	my $pre;
	if (defined $m && chance(0.5))
	{
		$pre = pick(@{$prefixes{$m}});
	}
	else
	{
		$pre = pick('487', '460', '869', '690', '693', '694', '476', '486', '482') . sprintf('%04d', int(rnd() * 10000));
	}
	my $d = $pre . join('', map { int(rnd() * 10) } 1 .. 12 - length $pre);
	return gtin13($d);
}

# --- title building ------------------------------------------------------------
# product_title LANG MARKTEXT CAT MODEL: a product title in LANG naming MARKTEXT
sub product_title
{
	my ($lang, $mt, $cat, $model) = @_;
	my $n = noun($cat, $lang);
	my $col = pick(@{$COLOR{$lang}});
	my $ex = pick(@{$EXTRA{$lang}});
	if ($lang eq 'ru')
	{
		return pick("$n $mt $model, $col", "$n $mt $model $ex", "$mt $model / " . lc($n) . " / $col",
			"$n $mt $model ($col)", "$mt $model " . lc($n) . ", $ex");
	}
	if ($lang eq 'kk')
	{
		return pick("$mt $model " . lc($n) . ", $col", "$n $mt $model $ex", "Жаңа $mt $model " . lc($n),
			"$mt $model, $col, $ex");
	}
	if ($lang eq 'en')
	{
		return pick("$mt $model $n - $col", "$n $mt $model $ex", "NEW $mt $model $n", "$mt $model $n ($col) $ex");
	}
	if ($lang eq 'tr')
	{
		return pick("$mt $model $n $col", "$mt $model $n $ex", "$n $mt $model - $col", "$mt $model $col $n");
	}
	if ($lang eq 'az')
	{
		return pick("$mt $model $n", "$n $mt $model $ex", "$mt $model " . lc($n) . " satılır", "Yeni $mt $model, $col");
	}
	if ($lang eq 'ka')
	{
		return pick("$mt $model $n", "$n $mt $model $ex", "$mt $model - $col", "ახალი $mt $model $n");
	}
	my $sep = $mt =~ /\p{Han}$/ ? '' : ' ';
	return pick("$mt$sep$model$n$ex", "$ex$mt$sep$model $n $col", "$mt$sep$model $n$col$ex", "【$ex】$mt$sep$model$n");
}

# add_cue LANG TITLE: TITLE with a cue expression (sometimes), and the cue
sub add_cue
{
	my ($lang, $t, $p) = @_;
	return ($t, '') unless chance($p);
	my $c = pick(@{$CUES{$lang}});
	my $r;
	if ($lang eq 'zh')
	{
		$r = chance(0.5) ? "$c$t" : "$t$c";
	}
	else
	{
		$r = chance(0.5) ? "$t $c" : ($lang eq 'en' || $lang eq 'tr' ? "$c $t" : "$t ($c)");
	}
	return ($r, lc $c);
}

my @ROWS;

# emit: one corpus row
sub emit
{
	my (%r) = @_;
	my $cls = $r{cls} // '';
	$cls = '' if $r{drop_cls} // (chance(0.5));
	my $m = $r{mark};
	push @ROWS, [$r{title}, pick(chance(0.7) ? @SELLERS : ('')), some_gtin($m),
		pick(@{$JUR{$r{lang}}}), $cls, $m // '', $r{kind}, $r{ref} ? 1 : 0, $r{cues} // '', $r{lang},
		$r{other} // ''];
}

# a positive listing of MARK in LANG, the mark written as MT
sub positive
{
	my ($m, $lang, $kind, $mt) = @_;
	my $c = pick(@{$M{$m}{cats}});
	my ($cat, @models) = @$c;
	my $model = pick(@models);
	my $other = '';
	my $mt2 = $mt;
	# Apple's products and Sony's console: the house mark written before
	if (($m eq 'AirPods' || $m eq 'iPhone') && chance(0.35))
	{
		if ($lang eq 'zh' && chance(0.6))
		{
			$mt2 = "苹果$mt";
		}
		else
		{
			$mt2 = "Apple $mt";
		}
		$other = 'Apple';
	}
	elsif ($m eq 'PlayStation' && chance(0.35))
	{
		$mt2 = "Sony $mt";
		$other = 'Sony';
	}
	my $t = product_title($lang, $mt2, $cat, $model);
	my ($t2, $cue) = add_cue($lang, $t, 0.22);
	emit(title => $t2, cls => $CAT{$cat}[0], mark => $m, kind => $kind, cues => $cue, lang => $lang, other => $other);
}

# cased MARK: the registered form, sometimes in upper or lower case
sub cased
{
	my ($m) = @_;
	my $r = rnd();
	return $r < 0.15 ? uc($m) : $r < 0.25 ? lc($m) : $m;
}

# translit MARK LANG: the mark in LANG's script or orthography, or undef
sub translit
{
	my ($m, $lang) = @_;
	return pick(@{$M{$m}{cyr}}) if $lang eq 'ru' || $lang eq 'kk';
	return pick(@{$M{$m}{ka}}) if $lang eq 'ka';
	return @{$cn{$m}} ? pick(@{$cn{$m}}) : undef if $lang eq 'zh';
	if ($lang eq 'tr' || $lang eq 'az')
	{
		my @l = grep { $_ ne $m } @{$M{$m}{lat}};
		return @l ? pick(@l) : undef;
	}
	return undef;
}

# --- referential templates ------------------------------------------------------
# accessory per category: [class, ru, kk, en, tr, az, ka, zh] with {M} for the mark
# and {G} for the Russian genitive form when the mark is in Cyrillic
my %ACC = (
	phone => [[9, 'Чехол для {G} {X}', '{M} {X} үшін қап', 'Case for {M} {X}', '{M} {X} Uyumlu Silikon Kılıf', '{M} {X} üçün qab', '{M} {X}-ის ქეისი', '适用于{M} {X}手机壳'],
		[9, 'Защитное стекло на {M} {X}', '{M} {X}-ке арналған қорғаныш шыны', 'Tempered Glass Screen Protector for {M} {X}', '{M} {X} Ekran Koruyucu Cam', '{M} {X} üçün qoruyucu şüşə', '{M} {X}-ის დამცავი მინა', '{M} {X}钢化膜']],
	earbuds => [[9, 'Силиконовый чехол для наушников {M} {X}', '{M} {X} құлаққабына арналған қап', 'Silicone Case Cover for {M} {X}', '{M} {X} Kılıf', '{M} {X} üçün silikon qab', '{M} {X}-ის ქეისი', '{M} {X}耳机保护套'],
		[9, 'Амбушюры для {G} {X}', '{M} {X} үшін амбушюр', 'Replacement Ear Tips for {M} {X}', '{M} {X} Uyumlu Yedek Kulaklık Silikonu', '{M} {X} üçün yastıqcıq', '{M} {X}-ის ყურის ბალიშები', '适用{M} {X}耳塞套']],
	headphones => [[9, 'Амбушюры для наушников {M} {X}', '{M} {X} үшін амбушюр', 'Replacement Ear Pads for {M} {X}', '{M} {X} Uyumlu Kulak Pedi', '{M} {X} üçün yastıqcıq', '{M} {X}-ის ყურის ბალიშები', '适用{M} {X}耳罩']],
	speaker => [[9, 'Чехол для колонки {M} {X}', '{M} {X} колонкасына арналған қап', 'Carrying Case for {M} {X}', '{M} {X} Uyumlu Taşıma Çantası', '{M} {X} üçün çanta', '{M} {X}-ის ჩანთა', '适用{M} {X}音箱收纳包']],
	vacuum => [[7, 'Фильтр для пылесоса {M} {X}', '{M} {X} шаңсорғышына арналған сүзгі', 'HEPA Filter for {M} {X}', '{M} {X} Uyumlu Hepa Filtre', '{M} {X} üçün filtr', '{M} {X}-ის ფილტრი', '适配{M} {X}吸尘器滤网'],
		[7, 'Щетка насадка для {G} {X}', '{M} {X} үшін щетка саптама', 'Replacement Brush Head Compatible with {M} {X}', '{M} {X} ile Uyumlu Fırça Başlığı', '{M} {X} üçün fırça başlığı', '{M} {X}-ის საქშენი', '适用{M} {X}吸头配件']],
	robovac => [[7, 'Набор расходников для робота-пылесоса {M} {X}', '{M} {X} робот шаңсорғышына арналған сүзгі', 'Side Brush and Filter Kit for {M} {X}', '{M} {X} Uyumlu Yedek Parça Seti', '{M} {X} üçün filtr dəsti', '{M} {X}-ის ფილტრები', '适配{M} {X}扫地机配件']],
	hairdryer => [[11, 'Насадка диффузор для фена {M} {X}', '{M} {X} феніне арналған саптама', 'Diffuser Attachment for {M} {X}', '{M} {X} Uyumlu Difüzör Başlık', '{M} {X} üçün diffuzor', '{M} {X}-ის დიფუზორი', '适用{M} {X}吹风机风嘴']],
	shaver => [[8, 'Сменная сетка для бритвы {M} {X}', '{M} {X} ұстарасына арналған тор', 'Replacement Head for {M} {X} Shaver', '{M} {X} Uyumlu Yedek Başlık', '{M} {X} üçün başlıq', '{M} {X}-ის სათადარიგო თავი', '适配{M} {X}剃须刀头']],
	toothbrush => [[21, 'Насадки для зубной щетки {M} {X}, 4 шт', '{M} {X} тіс щеткасына арналған саптамалар', 'Replacement Brush Heads for {M} {X}, 8 Pack', '{M} {X} Uyumlu Yedek Başlık 4 Adet', '{M} {X} üçün başlıqlar', '{M} {X}-ის სათადარიგო თავები', '适配{M} {X}电动牙刷头']],
	kettle => [[11, 'Фильтр накипи для чайника {M} {X}', '{M} {X} шәйнегіне арналған сүзгі', 'Limescale Filter for {M} {X} Kettle', '{M} {X} Uyumlu Kireç Filtresi', '{M} {X} üçün filtr', '{M} {X}-ის ფილტრი', '适用{M} {X}水壶滤网']],
	smartwatch => [[14, 'Ремешок для {G} {X}', '{M} {X} үшін білезік', 'Silicone Strap for {M} {X}', '{M} {X} Uyumlu Silikon Kordon', '{M} {X} üçün qayış', '{M} {X}-ის სამაჯური', '适用{M} {X}表带']],
	band => [[14, 'Ремешок для {G} {X}', '{M} {X} үшін білезік', 'Replacement Strap for {M} {X}', '{M} {X} Uyumlu Kordon', '{M} {X} üçün qayış', '{M} {X}-ის სამაჯური', '适用{M} {X}腕带']],
	watch => [[14, 'Ремешок для часов {M} {X}', '{M} {X} сағатына арналған бау', 'Strap Compatible with {M} {X}', '{M} {X} Uyumlu Kordon', '{M} {X} üçün qayış', '{M} {X}-ის სამაჯური', '适配{M} {X}手表表带']],
	laptop => [[9, 'Зарядное устройство для ноутбука {M} {X}', '{M} {X} ноутбугына арналған зарядтағыш', 'Charger for {M} {X}', '{M} {X} Uyumlu Adaptör Şarj Aleti', '{M} {X} üçün adapter', '{M} {X}-ის დამტენი', '适用{M} {X}笔记本充电器']],
	tablet => [[9, 'Чехол-книжка для планшета {M} {X}', '{M} {X} планшетіне арналған қап', 'Folio Case for {M} {X}', '{M} {X} Uyumlu Tablet Kılıfı', '{M} {X} üçün planşet qabı', '{M} {X}-ის ქეისი', '适用{M} {X}平板保护套']],
	tv => [[9, 'Пульт для телевизора {M} {X}', '{M} {X} теледидарына арналған пульт', 'Remote Control for {M} {X} TV', '{M} {X} Uyumlu Kumanda', '{M} {X} üçün pult', '{M} {X}-ის პულტი', '适用{M} {X}电视遥控器']],
	console => [[9, 'Зарядная станция для геймпадов {M} {X}', '{M} {X} үшін зарядтау станциясы', 'Charging Station for {M} {X} Controllers', '{M} {X} Uyumlu Şarj İstasyonu', '{M} {X} üçün şarj stansiyası', '{M} {X}-ის დამტენი სადგური', '适用{M} {X}手柄充电座']],
	gamepad => [[9, 'Силиконовый чехол для геймпада {M} {X}', '{M} {X} геймпадына арналған қап', 'Silicone Skin for {M} {X} Controller', '{M} {X} Uyumlu Kol Kılıfı', '{M} {X} üçün silikon qab', '{M} {X}-ის ქეისი', '适用{M} {X}手柄保护套']],
	blocks => [[28, 'Конструктор совместимый с {M} {X}', '{M} {X} үйлесімді құрастырмалы', 'Building Blocks Compatible with {M} {X}', '{M} {X} Uyumlu Yapı Seti', '{M} {X} ilə uyğun konstruktor', '{M} {X}-თან თავსებადი კონსტრუქტორი', '兼容{M} {X}拼装积木']],
	sunglasses => [[9, 'Футляр для очков {M} {X}', '{M} {X} көзілдірігіне арналған қап', 'Replacement Lenses for {M} {X}', '{M} {X} Uyumlu Yedek Cam', '{M} {X} üçün şüşələr', '{M} {X}-ის სათვალის ბუდე', '适用{M} {X}替换镜片']],
	synth => [[15, 'Адаптер питания для синтезатора {M} {X}', '{M} {X} синтезаторына арналған адаптер', 'Power Adapter for {M} {X} Keyboard', '{M} {X} Uyumlu Adaptör', '{M} {X} üçün adapter', '{M} {X}-ის ადაპტერი', '适用{M} {X}电子琴电源']],
	bag => [[18, 'Органайзер для сумки {M} {X}', '{M} {X} сөмкесіне арналған органайзер', 'Bag Organizer Insert for {M} {X}', '{M} {X} Uyumlu Çanta Düzenleyici', '{M} {X} üçün çanta orqanayzeri', '{M} {X}-ის ორგანაიზერი', '适用{M} {X}内胆包']],
);

# referential MARK LANG: an accessory listing naming what it fits
sub referential
{
	my ($m, $lang) = @_;
	my @c = grep { $ACC{$_->[0]} } @{$M{$m}{cats}};
	return 0 unless @c;
	my ($cat, @models) = @{pick(@c)};
	my $acc = pick(@{$ACC{$cat}});
	my $cls = $acc->[0];
	$cls = '' unless $classes{$m}{$cls};
	my $t = $acc->[$LIX{$lang}];
	my $model = pick(@models);
	my $mt = $m;
	my $other = '';
	my $gen = $m;
	if (($lang eq 'ru' || $lang eq 'kk') && chance(0.25))
	{
		$mt = pick(@{$M{$m}{cyr}});
		$gen = pick(@{$M{$m}{gen}});
	}
	elsif ($lang eq 'zh' && @{$cn{$m}} && chance(0.3))
	{
		$mt = pick(@{$cn{$m}});
	}
	elsif (($m eq 'AirPods' || $m eq 'iPhone') && chance(0.25))
	{
		$mt = "Apple $m";
		$gen = $mt;
		$other = 'Apple';
	}
	$t =~ s/\{G\}/$gen/g;
	$t =~ s/\{M\}/$mt/g;
	$t =~ s/\{X\}/$model/g;
	# Chinese titles: a Latin mark and its model apart, a Chinese name joined
	$t =~ s/(\p{Han}) /$1/g if $lang eq 'zh';
	$t =~ s/\s+/ /g;
	emit(title => $t, cls => $cls, mark => $m, kind => 'referential', ref => 1, lang => $lang, other => $other);
	return 1;
}

# --- negatives -----------------------------------------------------------------
# [lang, title, class, always_class]: always_class 1 when the title carries
# a mark's word in a category outside its classes (only the class tells)
my @NEG = (
	['ru', 'Коврики в салон Ford Puma 2020-2024, EVA', 12, 1],
	['ru', 'Фара передняя левая Ford Puma', 12, 1],
	['ru', 'Коврики резиновые Lada Niva Legend 4x4', 12, 0],
	['kk', 'Нива 4х4 арналған кілемшелер', 12, 0],
	['ru', 'Чехлы на сиденья Нива Шевроле', 12, 0],
	['ru', 'Отвертка крестовая Phillips PH2 x 100 мм', 8, 0],
	['en', 'Phillips Head Screwdriver Set 6 pcs', 8, 0],
	['tr', 'Phillips Yıldız Tornavida Seti 6 Parça', 8, 0],
	['en', 'Channel Lock Pliers 10 inch', 8, 0],
	['ru', 'Набор фишек для покера Casino Royale 300 шт', 28, 0],
	['en', 'Casino Poker Chip Set 500 pcs with Case', 28, 0],
	['tr', 'Samsunspor 2024 İç Saha Forma', 25, 1],
	['tr', "Samsun'dan Organik Fındık 1 kg", 29, 0],
	['tr', 'Samsun Bafra Pidesi Tava', 21, 0],
	['en', 'Fresh Apples Golden Delicious 1 kg', 31, 1],
	['en', 'Apple Cider Vinegar 500 ml', 30, 0],
	['ru', 'Яблоки Апорт алматинские, 1 кг', 31, 0],
	['kk', 'Алматы апорт алмасы 5 кг', 31, 0],
	['en', 'Green Apple Shampoo 400ml', 3, 1],
	['az', 'Quba alması, 1 kq', 31, 0],
	['tr', 'Amasya Elması 5 kg', 31, 0],
	['zh', '新鲜红富士苹果 5斤 脆甜', 31, 0],
	['zh', '烟台苹果 当季水果 整箱', 31, 0],
	['zh', '东北小米 新米 5斤 黄小米粥', 30, 0],
	['zh', '山西沁州黄小米 2.5kg', 30, 0],
	['zh', '博士帽 毕业礼服 学位服', 25, 0],
	['zh', '三星堆博物馆 文创 冰箱贴', 16, 0],
	['en', 'Hugo Boss Bottled Eau de Toilette 100ml', 3, 0],
	['ru', 'Туалетная вода Hugo Boss Bottled Night', 3, 0],
	['en', 'Nikon Z50 Mirrorless Camera Body', 9, 0],
	['ru', 'Фотоаппарат Nikon D3500 kit 18-55', 9, 0],
	['en', 'Bison Grass Vodka Glass Set', 21, 0],
	['ru', 'Постер Майк Тайсон, 50x70', 16, 0],
	['en', 'Mike Tyson Poster 50x70', 16, 0],
	['en', 'Dixon Ticonderoga Pencils 12 pack', 16, 0],
	['en', 'Nixon Time Teller Watch', 14, 0],
	['en', 'Airport Travel Neck Pillow Memory Foam', 20, 0],
	['ru', 'Пижама женская Соня, хлопок', 25, 1],
	['ru', 'Мягкая игрушка Соник 30 см', 28, 0],
	['en', 'Sonic the Hedgehog Plush Toy 30cm', 28, 0],
	['ru', 'Дрель-шуруповерт Bosch GSR 120-LI', 8, 0],
	['az', 'Bosch tozsoran BGS05A220', 7, 0],
	['kk', 'Bosch шаңсорғышы BBH3ALL28', 7, 0],
	['en', 'Brown Leather Belt for Men', 25, 1],
	['ru', 'Книга Дэн Браун «Код да Винчи»', 16, 1],
	['en', 'Hawaii Shirt Tropical Print', 25, 0],
	['ru', 'Гавайская рубашка мужская', 25, 0],
	['en', 'Xiamen Airlines Model Plane 1:400', 28, 0],
	['ru', 'Ролики раздвижные детские', 28, 0],
	['en', 'Roller Skates Kids Adjustable', 28, 0],
	['ru', 'Летнее платье миди в цветочек', 25, 0],
	['ru', 'Леггинсы спортивные с высокой талией', 25, 0],
	['kk', 'Әйелдер леггинсы, қара', 25, 0],
	['ru', 'Никелированный смеситель для кухни', 11, 0],
	['en', 'Nice Day Graphic T-Shirt', 25, 0],
	['ru', 'Ника, набор для вышивания', 26, 0],
	['en', 'Chantal Copper Tea Kettle', 21, 0],
	['ru', 'Мягкая игрушка Соня-засоня', 28, 0],
	['en', 'Louis Armstrong Vinyl Record', 9, 0],
	['ru', 'Апорт, саженец яблони', 31, 0],
	['tr', 'Puma Figürü Seramik Biblo', 21, 1],
	['en', 'Mountain Puma Wildlife Photo Print', 16, 1],
	['ru', 'Картина по номерам Пума в горах', 16, 1],
	['en', 'Jaguar XF Floor Mats', 12, 0],
	['ru', 'Гель для душа Dove, 250 мл', 3, 0],
	['ru', 'Крем для рук Бархатные ручки', 3, 0],
	['ru', 'Пылесос вертикальный Tefal X-Force Flex 8.60', 7, 0],
	['ru', 'Фен Polaris PHD 2077i', 11, 0],
	['ru', 'Чайник Redmond RK-G178', 11, 0],
	['kk', 'Redmond электр шәйнегі', 11, 0],
	['ru', 'Смартфон Realme C55 8/256', 9, 0],
	['ru', 'Смартфон Tecno Spark 20 Pro', 9, 0],
	['kk', 'Infinix Hot 40i смартфоны', 9, 0],
	['az', 'Honor X8b 8/128 satılır', 9, 0],
	['az', 'Vivo Y36 yeni', 9, 0],
	['en', 'Asus VivoBook 15 Laptop', 9, 0],
	['tr', 'Mavi Jake Skinny Jean Lacivert', 25, 0],
	['tr', 'Koton Kadın Oversize Sweatshirt', 25, 0],
	['tr', 'LC Waikiki Erkek Basic Tişört', 25, 0],
	['tr', 'Defacto Kız Çocuk Eşofman Takımı', 25, 0],
	['tr', 'Karaca Çelik Çaydanlık', 21, 0],
	['en', 'Reebok Classic Leather Sneakers', 25, 0],
	['ru', 'Кроссовки New Balance 574', 25, 0],
	['ru', 'Кроссовки Asics Gel-Kayano 30', 25, 0],
	['kk', 'Skechers ерлер кроссовкасы', 25, 0],
	['en', 'Tissot PRX Powermatic 80', 14, 0],
	['ru', 'Часы Seiko 5 Sports SRPD55', 14, 0],
	['az', 'Orient Bambino saat', 14, 0],
	['ru', 'Наушники Marshall Major IV', 9, 0],
	['en', 'Sennheiser Momentum 4 Wireless', 9, 0],
	['ru', 'Колонка Яндекс Станция Мини', 9, 0],
	['kk', 'Яндекс Станция колонкасы', 9, 0],
	['ru', 'Конструктор Sluban Армия', 28, 0],
	['en', 'Hot Wheels 20 Car Gift Pack', 28, 0],
	['ru', 'Кукла Barbie Dreamhouse', 28, 0],
	['ka', 'ბავშვის სათამაშო მანქანა', 28, 0],
	['ka', 'ქალის ზამთრის ქურთუკი', 25, 0],
	['ka', 'მტვერსასრუტი Tefal', 7, 0],
	['ka', 'ტელეფონის დამტენი 20W', 9, 0],
	['ka', 'ვაშლი ახალი მოსავალი 1 კგ', 31, 0],
	['ka', 'სონია - საბავშვო წიგნი', 16, 0],
	['ka', 'სპორტული ფეხსაცმელი კაცის 42 ზომა', 25, 0],
	['ka', 'უსადენო ყურსასმენი TWS Bluetooth 5.3', 9, 0],
	['ka', 'ქალის ჩანთა ტყავის', 18, 0],
	['ka', 'მაჯის საათი კლასიკური', 14, 0],
	['ka', 'თმის საშრობი ფენი 2200W', 11, 0],
	['zh', '无线蓝牙耳机 降噪 超长续航', 9, 0],
	['zh', '男士运动鞋 透气 跑步鞋', 25, 0],
	['zh', '女士手提包 真皮 大容量', 18, 0],
	['zh', '华硕 天选5 游戏本', 9, 0],
	['zh', 'OPPO Reno11 5G手机', 9, 0],
	['zh', '小度智能音箱', 9, 0],
	['zh', '美的电热水壶 1.7L', 11, 0],
	['zh', '积木拼装玩具 儿童益智 城市系列', 28, 0],
	['zh', '机械手表 男士 夜光 防水', 14, 0],
	['zh', '太阳镜 偏光 开车', 9, 0],
	['zh', '小米椒 新鲜 500g', 31, 0],
	['zh', '苹果醋 饮料 整箱', 32, 0],
	['zh', '三星级酒店 拖鞋 一次性', 25, 0],
	['en', 'Wireless Earbuds TWS Bluetooth 5.3 with Charging Case', 9, 0],
	['en', 'Cordless Stick Vacuum 25kPa', 7, 0],
	['en', 'Ionic Hair Dryer 2200W', 11, 0],
	['en', 'Unisex Oversized Hoodie Cotton', 25, 0],
	['en', 'Smart Watch for Men Fitness Tracker', 9, 0],
	['ru', 'Беспроводные наушники TWS с шумоподавлением', 9, 0],
	['ru', 'Портативная колонка блютуз 20 Вт', 9, 0],
	['ru', 'Кроссовки мужские летние сетка', 25, 0],
	['ru', 'Сумка женская через плечо экокожа', 18, 0],
	['ru', 'Часы мужские механические скелетон', 14, 0],
	['ru', 'Парфюмерная вода женская 50 мл, стойкий аромат', 3, 0],
	['ru', 'Конструктор Город 500 деталей', 28, 0],
	['ru', 'Геймпад для ПК проводной', 28, 0],
	['kk', 'Сымсыз құлаққап TWS', 9, 0],
	['kk', 'Ерлер кроссовкасы, жазғы', 25, 0],
	['kk', 'Шаш кептіргіш фен 2000 Вт', 11, 0],
	['kk', 'Балаларға арналған құрастырмалы ойыншық', 28, 0],
	['kk', 'Әйелдер сөмкесі былғары', 18, 0],
	['tr', 'Kablosuz Bluetooth Kulaklık TWS', 9, 0],
	['tr', 'Erkek Spor Ayakkabı Günlük', 25, 0],
	['tr', 'Kadın Omuz Çantası Suni Deri', 18, 0],
	['tr', 'Akıllı Saat Nabız Ölçer', 9, 0],
	['tr', 'Şarjlı Dikey Süpürge 2in1', 7, 0],
	['az', 'Simsiz qulaqlıq TWS yeni', 9, 0],
	['az', 'Qadın çantası dəri', 18, 0],
	['az', 'Kişi idman ayaqqabısı 43 ölçü', 25, 0],
	['az', 'Saç quruducu fen 2200W', 11, 0],
	['az', 'Uşaq konstruktoru 300 hissə', 28, 0],
	['az', 'Qol saatı mexaniki', 14, 0],
);

# --- plan ---------------------------------------------------------------------
# listings per kind at scale 1, spread over marks and languages
my %PLAN = (exact => 260, spacing => 260, homoglyph => 290, transliteration => 300,
	typo => 280, referential => 260);
my @KINDS = qw(exact spacing homoglyph transliteration typo referential);

for my $round (1 .. $SCALE)
{
	for my $kind (@KINDS)
	{
		my $n = 0;
		my $guard = 0;
		while ($n < $PLAN{$kind} && $guard++ < 100000)
		{
			my $m = pick(@marks);
			my $lang = pick(@LANGS);
			if ($kind eq 'exact')
			{
				positive($m, $lang, $kind, cased($m));
			}
			elsif ($kind eq 'spacing')
			{
				positive($m, $lang, $kind, spacing($m));
			}
			elsif ($kind eq 'homoglyph')
			{
				positive($m, $lang, $kind, homoglyph($m, $lang));
			}
			elsif ($kind eq 'transliteration')
			{
				my $t = translit($m, $lang);
				next unless defined $t;
				positive($m, $lang, $kind, $t);
			}
			elsif ($kind eq 'typo')
			{
				my $t = pick(@{$M{$m}{typo}});
				$t = uc $t if chance(0.15);
				positive($m, $lang, $kind, $t);
			}
			else
			{
				next unless referential($m, $lang);
			}
			$n++;
		}
	}
	# negatives: every entry once, then random ones with a cue or a colour
	for my $e (@NEG)
	{
		my ($lang, $t, $cls, $always) = @$e;
		emit(title => $t, cls => $cls, drop_cls => ($always ? 0 : chance(0.5)), kind => 'negative', lang => $lang);
	}
	for (1 .. 430 - @NEG)
	{
		my ($lang, $t, $cls, $always) = @{pick(@NEG)};
		my $cue = '';
		if (chance(0.3) && !$always)
		{
			($t, $cue) = add_cue($lang, $t, 1);
		}
		else
		{
			$t = $lang eq 'zh' ? "$t " . pick(@{$EXTRA{zh}}) : "$t, " . pick(@{$COLOR{$lang}});
		}
		emit(title => $t, cls => $cls, drop_cls => ($always ? 0 : chance(0.5)), kind => 'negative', lang => $lang, cues => $cue);
	}
}

# --- shuffle (Fisher-Yates) and write --------------------------------------------
for (my $i = $#ROWS; $i > 0; $i--)
{
	my $j = int(rnd() * ($i + 1));
	@ROWS[$i, $j] = @ROWS[$j, $i];
}
my $out;
if (@ARGV)
{
	open($out, '>:encoding(UTF-8)', $ARGV[0]) or die "cannot write $ARGV[0]: $!\n";
}
else
{
	binmode(STDOUT, ':encoding(UTF-8)');
	$out = \*STDOUT;
}
print $out join("\t", qw(id listing seller gtin jurisdiction nice_class expected_mark kind referential cues lang other_marks)), "\n";
my $id = 0;
for my $r (@ROWS)
{
	for (@$r)
	{
		die "tab or newline in a field: $_\n" if /[\t\n]/;
	}
	print $out join("\t", ++$id, @$r), "\n";
}
close($out) or die "write failed: $!\n";
