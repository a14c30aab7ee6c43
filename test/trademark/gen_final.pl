#!/usr/bin/perl
# test/trademark/gen_final.pl
#	FINAL (untuned) labelled corpus of marketplace listing titles for the
#	trademark check (issue 5 §4).  gen_corpus.pl (development) and
#	gen_heldout.pl (held-out) have both been used to tune trademark_check
#	and its lexicon; this third corpus was written after that, from the
#	issue and the domain primer only, without reading the checker's
#	lexicon, its code or the other generators' vocabulary, with its own
#	seed, PRNG, templates, product nouns, cue expressions, referential
#	phrasings, disguise variants and negatives.  Its figures are the ones
#	to report; never tune the checker on it.
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
#			(a registered Chinese name counts as written)
#
#	Labelling conventions: digits and symbols for letters (Dys0n, $amsung),
#	Cyrillic/Greek/Kazakh/Turkish look-alike letters and fullwidth forms
#	are 'homoglyph'; separators, split or joined words and dropped or
#	replaced apostrophes/hyphens (Xiao mi, RayBan, Levis) are 'spacing';
#	phonetic spellings in another script or orthography (Дайсон, Samsunq,
#	Ayfon, ნაიკი) and registered Chinese names are 'transliteration';
#	single-edit misspellings of the Latin mark are 'typo'.  A title whose
#	Nice class is outside the mark's classes is 'negative' (issue 5 §3).
#
#	Deterministic: its own PRNG (Park-Miller), no hash-order dependence,
#	core Perl only.  Usage: perl gen_final.pl [OUTFILE] (default: standard
#	output).  Environment: GEN_FINAL_SEED (default 419263), GEN_FINAL_SCALE
#	(default 1: about 2,050 listings).

use strict;
use warnings;
use utf8;
use File::Basename qw(dirname);

my $SEED = $ENV{GEN_FINAL_SEED} // 419263;
my $SCALE = $ENV{GEN_FINAL_SCALE} // 1;
die "GEN_FINAL_SCALE must be a positive integer\n" unless $SCALE =~ /^[1-9][0-9]*$/;

# --- PRNG ------------------------------------------------------------------
my $state = ($SEED % 2147483646) + 1;

# rnd(): a number in [0,1)
sub rnd
{
	$state = ($state * 48271) % 2147483647;
	return ($state - 1) / 2147483646;
}

# pick(@list): one element
sub pick { return $_[int(rnd() * @_)]; }

# chance(p): true with probability p
sub chance { return rnd() < $_[0]; }

# --- marks -----------------------------------------------------------------
my (@MARKS, %NICE, %GS1, %ALIAS);
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
		$ALIAS{$c[0]} = [grep { $_ ne '' } split /,/, ($c[9] // '')];
	}
}

# --- product nouns: class, then ru kk en tr az ka zh -------------------------
my %NOUN = (
	phone      => [9, 'смартфон', 'смартфон', 'smartphone', 'akıllı telefon', 'smartfon', 'სმარტფონი', '手机'],
	earbuds    => [9, 'беспроводные наушники', 'сымсыз құлаққап', 'wireless earbuds', 'kablosuz kulaklık', 'simsiz qulaqlıq', 'უსადენო ყურსასმენები', '无线耳机'],
	headphones => [9, 'накладные наушники', 'құлаққап', 'over-ear headphones', 'kulak üstü kulaklık', 'qulaqlıq', 'ყურსასმენები', '头戴式耳机'],
	speaker    => [9, 'портативная колонка', 'портативті колонка', 'portable speaker', 'taşınabilir hoparlör', 'portativ dinamik', 'პორტატული დინამიკი', '蓝牙音箱'],
	laptop     => [9, 'ноутбук', 'ноутбук', 'laptop', 'dizüstü bilgisayar', 'noutbuk', 'ლეპტოპი', '笔记本电脑'],
	tablet     => [9, 'планшет', 'планшет', 'tablet', 'tablet', 'planşet', 'პლანშეტი', '平板电脑'],
	smartwatch => [9, 'смарт-часы', 'смарт сағат', 'smart watch', 'akıllı saat', 'smart saat', 'სმარტ საათი', '智能手表'],
	tv         => [9, 'телевизор', 'теледидар', 'TV', 'televizyon', 'televizor', 'ტელევიზორი', '电视'],
	camera     => [9, 'фотоаппарат', 'фотоаппарат', 'camera', 'fotoğraf makinesi', 'fotoaparat', 'ფოტოაპარატი', '相机'],
	powerbank  => [9, 'внешний аккумулятор', 'повербанк', 'power bank', 'taşınabilir şarj cihazı', 'powerbank', 'პაუერბანკი', '充电宝'],
	router     => [9, 'wi-fi роутер', 'wi-fi роутер', 'wi-fi router', 'modem', 'wi-fi router', 'როუტერი', '路由器'],
	console    => [9, 'игровая приставка', 'ойын приставкасы', 'game console', 'oyun konsolu', 'oyun konsolu', 'სათამაშო კონსოლი', '游戏机'],
	gamepad    => [9, 'геймпад', 'геймпад', 'controller', 'oyun kolu', 'coystik', 'ჯოისტიკი', '游戏手柄'],
	sunglasses => [9, 'солнцезащитные очки', 'күннен қорғайтын көзілдірік', 'sunglasses', 'güneş gözlüğü', 'gün eynəyi', 'მზის სათვალე', '太阳镜'],
	calculator => [9, 'калькулятор', 'калькулятор', 'calculator', 'hesap makinesi', 'kalkulyator', 'კალკულატორი', '计算器'],
	vacuum     => [7, 'пылесос', 'шаңсорғыш', 'vacuum cleaner', 'dikey süpürge', 'tozsoran', 'მტვერსასრუტი', '吸尘器'],
	robovac    => [7, 'робот-пылесос', 'робот шаңсорғыш', 'robot vacuum', 'robot süpürge', 'robot tozsoran', 'რობოტი მტვერსასრუტი', '扫地机器人'],
	washer     => [7, 'стиральная машина', 'кір жуғыш машина', 'washing machine', 'çamaşır makinesi', 'paltaryuyan maşın', 'სარეცხი მანქანა', '洗衣机'],
	hairdryer  => [11, 'фен для волос', 'шаш кептіргіш', 'hair dryer', 'saç kurutma makinesi', 'fen', 'თმის საშრობი', '吹风机'],
	fan        => [11, 'вентилятор', 'желдеткіш', 'tower fan', 'vantilatör', 'ventilyator', 'ვენტილატორი', '电风扇'],
	airfryer   => [11, 'аэрогриль', 'аэрогриль', 'air fryer', 'fritöz', 'aerogril', 'აეროგრილი', '空气炸锅'],
	kettle     => [11, 'электрочайник', 'электр шәйнек', 'electric kettle', 'kettle', 'elektrik çaydanı', 'ელექტრო ჩაიდანი', '电水壶'],
	fridge     => [11, 'холодильник', 'тоңазытқыш', 'fridge', 'buzdolabı', 'soyuducu', 'მაცივარი', '冰箱'],
	shaver     => [8, 'электробритва', 'электр ұстара', 'electric shaver', 'tıraş makinesi', 'üzqırxan', 'წვერსაპარსი', '电动剃须刀'],
	epilator   => [8, 'эпилятор', 'эпилятор', 'epilator', 'epilasyon cihazı', 'epilyator', 'ეპილატორი', '脱毛器'],
	toothbrush => [21, 'электрическая зубная щётка', 'электр тіс щеткасы', 'electric toothbrush', 'şarjlı diş fırçası', 'elektrik diş fırçası', 'ელექტრო კბილის ჯაგრისი', '电动牙刷'],
	sneakers   => [25, 'кроссовки', 'кроссовкалар', 'sneakers', 'spor ayakkabı', 'krossovka', 'სპორტული ფეხსაცმელი', '运动鞋'],
	tshirt     => [25, 'футболка', 'футболка', 't-shirt', 'tişört', 'futbolka', 'მაისური', 'T恤'],
	tracksuit  => [25, 'спортивный костюм', 'спорт костюмі', 'tracksuit', 'eşofman takımı', 'idman kostyumu', 'სპორტული კოსტიუმი', '运动套装'],
	hoodie     => [25, 'худи', 'худи', 'hoodie', 'kapüşonlu sweatshirt', 'hudi', 'ჰუდი', '连帽卫衣'],
	jeans      => [25, 'джинсы', 'джинсы', 'jeans', 'kot pantolon', 'cins şalvar', 'ჯინსი', '牛仔裤'],
	jacket     => [25, 'джинсовая куртка', 'джинси күртеше', 'denim jacket', 'kot ceket', 'cins gödəkçə', 'ჯინსის ქურთუკი', '牛仔夹克'],
	belt       => [25, 'ремень', 'белдік', 'belt', 'kemer', 'kəmər', 'ქამარი', '腰带'],
	scarf      => [25, 'шёлковый платок', 'жібек орамал', 'silk scarf', 'ipek eşarp', 'ipək şərf', 'აბრეშუმის შარფი', '丝巾'],
	backpack   => [18, 'рюкзак', 'рюкзак', 'backpack', 'sırt çantası', 'bel çantası', 'ზურგჩანთა', '双肩包'],
	handbag    => [18, 'женская сумка', 'әйелдер сөмкесі', 'handbag', 'kadın çanta', 'qadın çantası', 'ქალის ჩანთა', '女士手提包'],
	wallet     => [18, 'кошелёк', 'әмиян', 'wallet', 'cüzdan', 'pul kisəsi', 'საფულე', '钱包'],
	perfume    => [3, 'парфюмерная вода', 'иіссу', 'eau de parfum', 'parfüm', 'ətir', 'სუნამო', '香水'],
	lipstick   => [3, 'помада', 'ерін далабы', 'lipstick', 'ruj', 'dodaq boyası', 'ტუჩსაცხი', '口红'],
	cream      => [3, 'крем для лица', 'бетке арналған крем', 'face cream', 'yüz kremi', 'üz kremi', 'სახის კრემი', '面霜'],
	deodorant  => [3, 'дезодорант', 'дезодорант', 'deodorant', 'deodorant', 'dezodorant', 'დეოდორანტი', '止汗露'],
	watch      => [14, 'наручные часы', 'қол сағаты', 'wrist watch', 'kol saati', 'qol saatı', 'მაჯის საათი', '手表'],
	earrings   => [14, 'серьги', 'сырға', 'earrings', 'küpe', 'sırğa', 'საყურეები', '耳环'],
	keyboard   => [15, 'синтезатор', 'синтезатор', 'digital keyboard', 'org', 'sintezator', 'სინთეზატორი', '电子琴'],
	bricks     => [28, 'конструктор', 'конструктор', 'building set', 'yapı seti', 'konstruktor', 'კონსტრუქტორი', '积木'],
	ball       => [28, 'футбольный мяч', 'футбол добы', 'football', 'futbol topu', 'futbol topu', 'ფეხბურთის ბურთი', '足球'],
);
my %LANGIX = (ru => 1, kk => 2, en => 3, tr => 4, az => 5, ka => 6, zh => 7);

# --- what each mark is sold on: category => models ------------------------
my %GOODS = (
	'Dyson'         => [[vacuum => 'V15 Detect', 'V11 Absolute', 'V8 Slim'], [hairdryer => 'Supersonic HD08', 'Supersonic HD15'], [fan => 'AM07', 'Pure Cool TP07']],
	'AirPods'       => [[earbuds => 'Pro 2', '3', '4', 'Pro 2 USB-C']],
	'iPhone'        => [[phone => '15 Pro Max 256GB', '14 128GB', '13 mini', '16 Pro', '12 64GB']],
	'Apple'         => [[smartwatch => 'Watch Series 9 45mm', 'Watch SE 40mm', 'Watch Ultra 2'], [laptop => 'MacBook Air M2 13"', 'MacBook Pro 14 M3'], [tablet => 'iPad 10.9 64GB', 'iPad Air M2']],
	'Samsung'       => [[phone => 'Galaxy S24 Ultra', 'Galaxy A55', 'Galaxy Z Flip5'], [tv => 'QE55Q60C 55"', 'UE43CU7100'], [washer => 'WW70A6S23AN'], [fridge => 'RB34T670FSA']],
	'Xiaomi'        => [[phone => 'Redmi Note 13 Pro', '14T', 'Poco X6'], [powerbank => '20000 mAh 22.5W', 'Mi 10000'], [robovac => 'Robot Vacuum S10', 'Mi Robot Vacuum-Mop 2']],
	'Sony'          => [[headphones => 'WH-1000XM5', 'WH-CH720N'], [tv => 'Bravia KD-55X75K'], [camera => 'Alpha A7 IV', 'ZV-E10']],
	'Bose'          => [[headphones => 'QuietComfort 45', 'QC Ultra', '700'], [speaker => 'SoundLink Flex', 'SoundLink Mini II']],
	'JBL'           => [[speaker => 'Charge 5', 'Flip 6', 'Go 3', 'PartyBox 110'], [earbuds => 'Tune 230NC', 'Wave Buds']],
	'Philips'       => [[shaver => 'Series 5000 S5587', 'OneBlade QP2724'], [airfryer => 'HD9252 XL', 'Essential HD9200'], [toothbrush => 'Sonicare 3100', 'Sonicare DiamondClean'], [kettle => 'HD9350']],
	'Braun'         => [[shaver => 'Series 9 Pro', 'Series 7 71-S7200cc'], [epilator => 'Silk-épil 9'], [kettle => 'WK 3110']],
	'Nike'          => [[sneakers => 'Air Max 90', 'Air Force 1 07', 'Dunk Low', 'Pegasus 40'], [tshirt => 'Dri-FIT'], [backpack => 'Brasilia'], [ball => 'Premier League Flight']],
	'Adidas'        => [[sneakers => 'Samba OG', 'Superstar', 'Ultraboost 22', 'Gazelle'], [tracksuit => 'Tiro 23'], [backpack => 'Classic 3-Stripes'], [ball => 'Al Rihla']],
	'Puma'          => [[sneakers => 'Suede Classic', 'RS-X', 'Palermo'], [hoodie => 'Essentials'], [backpack => 'Phase'], [perfume => 'Jam Woman']],
	'Gucci'         => [[handbag => 'Marmont', 'Jackie 1961', 'Dionysus'], [belt => 'GG'], [perfume => 'Bloom', 'Guilty']],
	'Chanel'        => [[perfume => 'No 5', 'Coco Mademoiselle', 'Chance'], [handbag => 'Classic Flap', 'Boy Bag'], [lipstick => 'Rouge Allure'], [earrings => 'CC']],
	'Louis Vuitton' => [[handbag => 'Neverfull MM', 'Speedy 30', 'Alma BB'], [wallet => 'Zippy', 'Victorine'], [belt => 'Initiales'], [scarf => 'Monogram']],
	'Rolex'         => [[watch => 'Submariner', 'Daytona', 'Datejust 41', 'GMT-Master II', 'Day-Date']],
	'Casio'         => [[watch => 'G-Shock GA-2100', 'Vintage A168', 'Edifice EFR-526', 'G-Shock DW-5600'], [calculator => 'fx-991ES Plus'], [keyboard => 'CT-S300']],
	'Lego'          => [[bricks => 'Technic 42115', 'City 60337', 'Star Wars 75192', 'Friends 41748', 'Duplo 10986']],
	'Nivea'         => [[cream => 'Soft 200ml', 'Creme 150ml'], [deodorant => 'Men Fresh Active'], [cream => 'Q10 Power']],
	'Huawei'        => [[phone => 'P60 Pro', 'Nova 12', 'Mate 60'], [smartwatch => 'Watch GT 4', 'Band 9'], [router => 'AX3 WS7100']],
	'Lenovo'        => [[laptop => 'IdeaPad 3 15', 'ThinkPad E14', 'Legion 5 Pro'], [tablet => 'Tab M10', 'Tab P12']],
	'PlayStation'   => [[console => '5 Slim 1TB', '5 Digital Edition', '4 Pro'], [gamepad => 'DualSense', 'DualShock 4']],
	'Ray-Ban'       => [[sunglasses => 'Wayfarer RB2140', 'Aviator RB3025', 'Clubmaster RB3016']],
	"Levi's"        => [[jeans => '501 Original', '511 Slim', '505'], [jacket => 'Trucker'], [tshirt => 'Batwing']],
);

# --- disguise variants written by hand --------------------------------------
# spacing/punctuation variants beyond letter-by-letter separation
my %SPLIT = (
	'Dyson' => ['Dy son', 'Dy-son'], 'AirPods' => ['Air Pods', 'Air-Pods', 'air pods', 'Air.Pods'],
	'iPhone' => ['i Phone', 'i-Phone', 'I-phone'], 'Apple' => ['Ap ple', 'App-le'],
	'Samsung' => ['Sam sung', 'SAM-SUNG', 'Sam.sung'], 'Xiaomi' => ['Xiao mi', 'Xiao-Mi', 'XIAO MI'],
	'Sony' => ['So ny', 'S-O-N-Y'], 'Bose' => ['Bo se', 'B.O.S.E.'], 'JBL' => ['J.B.L', 'J B L', 'J-B-L'],
	'Philips' => ['Phi lips', 'Phi-lips'], 'Braun' => ['Bra un', 'B-raun'],
	'Nike' => ['Ni ke', 'N.I.K.E', 'NI-KE'], 'Adidas' => ['Adi das', 'adi-das', 'A.D.I.D.A.S'],
	'Puma' => ['Pu ma', 'P.U.M.A'], 'Gucci' => ['Guc ci', 'G.U.C.C.I', 'Gu-cci'],
	'Chanel' => ['Cha nel', 'Cha-nel', 'C.H.A.N.E.L'], 'Louis Vuitton' => ['LouisVuitton', 'Louis-Vuitton', 'Louis_Vuitton', 'Lou is Vuit ton'],
	'Rolex' => ['Ro lex', 'Ro-lex', 'R.O.L.E.X'], 'Casio' => ['Ca sio', 'Ca-sio'], 'Lego' => ['Le go', 'L.E.G.O', 'LE-GO'],
	'Nivea' => ['Ni vea', 'Ni-vea'], 'Huawei' => ['Hua wei', 'HUA-WEI', 'Hua.wei'], 'Lenovo' => ['Le novo', 'Len-ovo'],
	'PlayStation' => ['Play Station', 'Play-Station', 'PLAY STATION', 'Play.Station'],
	'Ray-Ban' => ['RayBan', 'Ray Ban', 'Ray.Ban', 'RAYBAN', 'Ray_Ban'], "Levi's" => ['Levis', 'LEVIS', 'Levi`s', 'Levi s', "Lev i's"],
);

# single-edit misspellings as sellers make them
my %TYPO = (
	'Dyson' => ['Dysin', 'Dison', 'Dyosn', 'Dysonn', 'Dtson'], 'AirPods' => ['AirPds', 'AirPosd', 'AirPodz', 'Airpodss', 'AiPods', 'Aripods'],
	'iPhone' => ['iPhnoe', 'iPhon', 'iPohne', 'iPhome', 'iPhine'], 'Apple' => ['Aplle', 'Appel', 'Aple', 'Applle'],
	'Samsung' => ['Samsnug', 'Samung', 'Samsumg', 'Sasmung', 'Samsunf'], 'Xiaomi' => ['Xiomi', 'Xaomi', 'Xiaomii', 'Xioami', 'Xiami'],
	'Sony' => ['Somy', 'Sonny', 'Soby'], 'Bose' => ['Bpse', 'Boes', 'Bosw'], 'JBL' => ['JLB', 'JBK'],
	'Philips' => ['Phillips', 'Philps', 'Phlips', 'Philipps', 'Pilips'], 'Braun' => ['Bruan', 'Braum', 'Braunn'],
	'Nike' => ['Nkie', 'Nikke', 'Nikee'], 'Adidas' => ['Addidas', 'Adiddas', 'Adidsa', 'Adidaas'],
	'Puma' => ['Pumma', 'Pmua', 'Pumq'], 'Gucci' => ['Guci', 'Gucchi', 'Guuci', 'Gicci'],
	'Chanel' => ['Chanell', 'Chnel', 'Chanek', 'Channel'], 'Louis Vuitton' => ['Louis Vuiton', 'Louis Vitton', 'Luis Vuitton', 'Louis Vuittton'],
	'Rolex' => ['Rollex', 'Rolx', 'Rolec', 'Rloex'], 'Casio' => ['Casoi', 'Cassio', 'Caiso', 'Casip'],
	'Lego' => ['Lgeo', 'Leggo', 'Lwgo'], 'Nivea' => ['Nivia', 'Niveaa', 'Nvea', 'Niavea'],
	'Huawei' => ['Huawey', 'Hawei', 'Huawie', 'Huwei', 'Huaweii'], 'Lenovo' => ['Lenova', 'Lenvo', 'Lenovi', 'Lenevo'],
	'PlayStation' => ['PlayStaion', 'PlaySation', 'PlayStatoin', 'PlayStetion', 'Playstatio'],
	'Ray-Ban' => ['Ray-Bann', 'Ray-Ben', 'Rya-Ban', 'Ray-Bam'], "Levi's" => ["Levy's", "Levii's", "Lebi's"],
);

# phonetic spellings per script / orthography
my %CYR = (
	'Dyson' => ['Дайсон', 'ДАЙСОН', 'дайсон'], 'AirPods' => ['Аирподс', 'Эйрподс', 'Аирподсы', 'Эирподс'],
	'iPhone' => ['Айфон', 'айфон', 'АЙФОН'], 'Apple' => ['Эппл', 'Эпл'], 'Samsung' => ['Самсунг', 'САМСУНГ', 'самсунг'],
	'Xiaomi' => ['Сяоми', 'Ксиоми', 'Ксиаоми', 'Ксяоми'], 'Sony' => ['Сони', 'СОНИ'], 'Bose' => ['Боуз', 'Бозе'],
	'JBL' => ['Джибиэль', 'ДжиБиЭль', 'Джей Би Эл'], 'Philips' => ['Филипс', 'ФИЛИПС'], 'Braun' => ['Браун'],
	'Nike' => ['Найк', 'Найки', 'НАЙК'], 'Adidas' => ['Адидас', 'АДИДАС'], 'Puma' => ['Пума'], 'Gucci' => ['Гуччи', 'Гучи'],
	'Chanel' => ['Шанель', 'Шанэль'], 'Louis Vuitton' => ['Луи Виттон', 'Луи Витон', 'Луи Вюиттон'],
	'Rolex' => ['Ролекс', 'РОЛЕКС'], 'Casio' => ['Касио'], 'Lego' => ['Лего', 'ЛЕГО'], 'Nivea' => ['Нивея', 'Нивеа'],
	'Huawei' => ['Хуавей', 'Хуавэй', 'Хуавеи'], 'Lenovo' => ['Леново'], 'PlayStation' => ['Плейстейшн', 'Плейстейшен', 'Плэйстэйшн'],
	'Ray-Ban' => ['Рэй Бэн', 'Рей Бен', 'Рейбан'], "Levi's" => ['Левис', 'Ливайс', 'Левайс'],
);
my %GEO = (
	'Dyson' => ['დაისონი', 'დაისონ'], 'AirPods' => ['ეარპოდსი'], 'iPhone' => ['აიფონი', 'აიფონ'], 'Apple' => ['ეფლი'],
	'Samsung' => ['სამსუნგი'], 'Xiaomi' => ['შაომი', 'ქსიაომი'], 'Sony' => ['სონი'], 'Bose' => ['ბოუზი'], 'JBL' => ['ჯიბიელი'],
	'Philips' => ['ფილიპსი'], 'Braun' => ['ბრაუნი'], 'Nike' => ['ნაიკი'], 'Adidas' => ['ადიდასი'], 'Puma' => ['პუმა'],
	'Gucci' => ['გუჩი'], 'Chanel' => ['შანელი'], 'Louis Vuitton' => ['ლუი ვიტონი'], 'Rolex' => ['როლექსი'], 'Casio' => ['კასიო'],
	'Lego' => ['ლეგო'], 'Nivea' => ['ნივეა'], 'Huawei' => ['ჰუავეი'], 'Lenovo' => ['ლენოვო'], 'PlayStation' => ['პლეისთეიშენი', 'პლეისტეიშენი'],
	'Ray-Ban' => ['რეი ბენი'], "Levi's" => ['ლივაისი', 'ლევისი'],
);
my %TRK = (	# Turkish
	'Dyson' => ['Dayson'], 'iPhone' => ['Ayfon'], 'Chanel' => ['Şanel'], 'Xiaomi' => ['Şaomi'], 'Ray-Ban' => ['Reyban'],
	'Casio' => ['Kasio'], 'Nike' => ['Nayk'], 'Philips' => ['Filips'], 'PlayStation' => ['Pleysteyşın'],
	'Louis Vuitton' => ['Lui Viton'], 'Gucci' => ['Guçi'],
);
my %AZE = (	# Azerbaijani
	'Samsung' => ['Samsunq'], 'iPhone' => ['Ayfon'], 'Chanel' => ['Şanel'], 'Dyson' => ['Dayson'], 'Philips' => ['Filips'],
	'Casio' => ['Kasio'], 'Nike' => ['Nayk'], 'Huawei' => ['Xuavey'], 'Xiaomi' => ['Şiaomi', 'Ksiaomi'], 'Gucci' => ['Quçi'],
	'Lego' => ['Leqo'], 'Louis Vuitton' => ['Lui Vitton'],
);
my %ZHX = ('Chanel' => ['香奈尔']);	# a common misspelt Chinese name

# look-alike letters
my %CYRL = (a => 'а', c => 'с', e => 'е', o => 'о', p => 'р', x => 'х', y => 'у', i => 'і',
	A => 'А', B => 'В', C => 'С', E => 'Е', H => 'Н', K => 'К', M => 'М', O => 'О', P => 'Р', T => 'Т', X => 'Х', I => 'І');
my %KAZL = (%CYRL, h => 'һ', i => 'і');
my %GRKL = (o => 'ο', a => 'α', v => 'ν', p => 'ρ', i => 'ι', k => 'κ', u => 'υ',
	A => 'Α', B => 'Β', E => 'Ε', H => 'Η', I => 'Ι', K => 'Κ', M => 'Μ', N => 'Ν', O => 'Ο', P => 'Ρ', T => 'Τ', X => 'Χ', Y => 'Υ', Z => 'Ζ');
my %DIGL = (o => '0', O => '0', i => '1', l => '1', e => '3', E => '3', a => '@', s => '$', S => '$', B => '8');
my %TURL = (i => 'ı');

# homoglyph(mark, lang): the mark with one or two look-alike letters
sub homoglyph
{
	my ($m, $lang) = @_;
	my @tables;
	if ($lang eq 'zh' && chance(0.5))
	{
		# fullwidth forms, as Chinese input methods type them
		(my $fw = $m) =~ s/([!-~])/chr(ord($1) + 0xFEE0)/ge;
		return $fw;
	}
	push @tables, \%CYRL, \%CYRL if $lang eq 'ru';
	push @tables, \%KAZL, \%KAZL if $lang eq 'kk';
	push @tables, \%TURL, \%TURL if ($lang eq 'tr' || $lang eq 'az') && $m =~ /i/;
	push @tables, \%GRKL, \%DIGL, \%DIGL;
	push @tables, \%CYRL if $lang ne 'ru' && $lang ne 'kk';
	for (1 .. 10)
	{
		my $t = pick(@tables);
		my @pos = grep { exists $t->{substr($m, $_, 1)} } 0 .. length($m) - 1;
		next unless @pos;
		my $n = (@pos > 2 && chance(0.35)) ? 2 : 1;
		my $out = $m;
		my %done;
		while ($n-- > 0)
		{
			my $p = pick(@pos);
			next if $done{$p}++;
			substr($out, $p, 1) = $t->{substr($out, $p, 1)};
		}
		return $out if $out ne $m;
	}
	die "no homoglyph for $m\n";
}

# spacing(mark): separators between letters, split or joined words
sub spacing
{
	my ($m) = @_;
	if (length($m) <= 7 && $m =~ /^[A-Za-z]+$/ && chance(0.45))
	{
		my $sep = pick(' ', ' ', '.', '-', '*', '_', ' . ');
		my $w = chance(0.6) ? uc($m) : $m;
		return join($sep, split //, $w);
	}
	return pick(@{$SPLIT{$m}});
}

# casing(mark): how sellers capitalise an exact mark
sub casing
{
	my ($m) = @_;
	my $r = rnd();
	return uc($m) if $r < 0.25;
	return lc($m) if $r < 0.35 && $m ne "Levi's";
	return "Levi’s" if $m eq "Levi's" && $r < 0.5;
	return 'Iphone' if $m eq 'iPhone' && $r < 0.45;
	return $m;
}

# --- cues: [as written, label] ----------------------------------------------
my %CUES = (
	ru => [['реплика', 'реплика'], ['копия', 'копия'], ['люкс копия', 'люкс копия'], ['1:1', '1:1'],
		['AAA', 'aaa'], ['качество оригинала', 'качество оригинала'], ['не оригинал', 'не оригинал'], ['премиум реплика', 'премиум реплика']],
	kk => [['көшірме', 'көшірме'], ['реплика', 'реплика'], ['түпнұсқа емес', 'түпнұсқа емес'], ['1:1', '1:1'], ['сапалы көшірме', 'сапалы көшірме']],
	en => [['replica', 'replica'], ['1:1', '1:1'], ['AAA', 'aaa'], ['mirror quality', 'mirror quality'], ['first copy', 'first copy'],
		['dupe', 'dupe'], ['high copy', 'high copy'], ['not original', 'not original']],
	tr => [['replika', 'replika'], ['muadil', 'muadil'], ['A+ Kalite', 'a+ kalite'], ['birebir', 'birebir'], ['kopya', 'kopya'],
		['AAA kalite', 'aaa kalite'], ['orijinal değildir', 'orijinal değildir']],
	az => [['replika', 'replika'], ['kopya', 'kopya'], ['1:1', '1:1'], ['A+ keyfiyyət', 'a+ keyfiyyət'], ['orijinal deyil', 'orijinal deyil'],
		['lüks kopya', 'lüks kopya']],
	ka => [['რეპლიკა', 'რეპლიკა'], ['ასლი', 'ასლი'], ['1:1', '1:1'], ['არაორიგინალი', 'არაორიგინალი'], ['AAA', 'aaa']],
	zh => [['高仿', '高仿'], ['复刻', '复刻'], ['1:1', '1:1'], ['原单', '原单'], ['A货', 'a货'], ['精仿', '精仿'], ['超A', '超a']],
);

# ordinary extras (no cue, no mark)
my %EXTRA = (
	ru => ['новый', 'в наличии', 'доставка по Алматы', 'гарантия 12 мес', 'скидка', 'оптом и в розницу', 'бесплатная доставка'],
	kk => ['жаңа', 'Алматы бойынша жеткізу', 'жеңілдік', 'қоймада бар', 'кепілдік'],
	en => ['new', 'free shipping', 'sealed box', 'fast delivery', 'sale', 'in stock'],
	tr => ['sıfır', 'hızlı kargo', 'faturalı', 'ücretsiz kargo', 'stokta', 'indirim'],
	az => ['yeni', 'Bakıda çatdırılma', 'endirim', 'zəmanət', 'stokda var'],
	ka => ['ახალი', 'მიწოდება თბილისში', 'ფასდაკლება', 'გარანტია'],
	zh => ['包邮', '现货', '新款', '正品保障', '顺丰'],
);

my %SELLERS = (
	ru => ['ИП Ахметов', 'GadgetShop', 'Мир техники', 'ТехноМаркет', 'ИП Ким', '', ''],
	kk => ['Almaty Tech', 'ИП Жумабаев', 'Нұр Электроникс', 'Astana Store', ''],
	en => ['BestDeals', 'GlobalMart', 'Silk Road Trade', ''],
	tr => ['Moda Butik', 'TeknoDükkan', 'Ayşe Store', 'Kadıköy Elektronik', ''],
	az => ['BakuMarket', 'Gəncə Elektronika', 'Nərgiz Butik', ''],
	ka => ['თბილისი ტექ', 'GeoStore', 'ვაკე მარკეტი', ''],
	zh => ['深圳数码专营店', '义乌小商品', '广州潮牌店', 'Yiwu Trade', ''],
);

# --- accessory phrasings for referential use -----------------------------------
# accessory nouns: class, ru kk en tr az ka zh
my %ACC = (
	case      => [9, 'чехол', 'қап', 'case', 'kılıf', 'qab', 'ქეისი', '保护套'],
	glass     => [9, 'защитное стекло', 'қорғаныс әйнегі', 'screen protector', 'ekran koruyucu', 'qoruyucu şüşə', 'დამცავი მინა', '钢化膜'],
	cable     => [9, 'кабель для зарядки', 'зарядтау кабелі', 'charging cable', 'şarj kablosu', 'şarj kabeli', 'დამტენი კაბელი', '数据线'],
	strap     => [9, 'ремешок', 'бау', 'strap', 'kordon', 'qayış', 'სამაჯური', '表带'],
	filter    => [7, 'фильтр', 'сүзгі', 'filter', 'filtre', 'filtr', 'ფილტრი', '滤网'],
	battery   => [7, 'аккумулятор', 'аккумулятор', 'replacement battery', 'batarya', 'batareya', 'აკუმულატორი', '电池'],
	brushes   => [7, 'боковые щётки', 'бүйір щеткалары', 'side brushes', 'yan fırça', 'yan fırçalar', 'გვერდითი ჯაგრისები', '边刷'],
	blade     => [8, 'сменное лезвие', 'ауыстырмалы жүз', 'replacement blade', 'yedek bıçak', 'əvəzedici tiğ', 'სათადარიგო პირი', '替换刀头'],
	heads     => [21, 'сменные насадки', 'ауыстырмалы саптамалар', 'replacement brush heads', 'yedek başlık', 'əvəzedici başlıq', 'სათადარიგო თავაკები', '替换刷头'],
	earpads   => [9, 'амбушюры', 'құлаққап жастықшалары', 'ear pads', 'kulak pedi', 'qulaq yastıqları', 'ყურის ბალიშები', '耳罩'],
	charger   => [9, 'блок питания', 'зарядтағыш', 'laptop charger', 'adaptör', 'adapter', 'დამტენი', '电源适配器'],
	stand     => [9, 'зарядная станция', 'зарядтау станциясы', 'charging dock', 'şarj istasyonu', 'şarj stansiyası', 'დამტენი სადგამი', '充电座'],
	lenses    => [9, 'сменные линзы', 'ауыстырмалы линзалар', 'replacement lenses', 'yedek cam', 'əvəzedici linzalar', 'სათადარიგო ლინზები', '替换镜片'],
	bricks    => [28, 'конструктор', 'конструктор', 'building blocks', 'yapı blokları', 'konstruktor', 'კონსტრუქტორი', '积木'],
	wstrap    => [14, 'ремешок для часов', 'сағат бауы', 'watch strap', 'saat kordonu', 'saat qayışı', 'საათის სამაჯური', '表带'],
);
my %REFGOODS = (
	'AirPods' => [[case => 'Pro 2', '3', '4', 'Pro']],
	'iPhone'  => [[case => '15 Pro', '14', '13', '16 Pro Max'], [glass => '15', '14 Pro', '13 mini', '12'], [cable => '']],
	'Apple'   => [[strap => 'Watch 45mm', 'Watch 41mm', 'Watch Ultra']],
	'Samsung' => [[case => 'Galaxy S24', 'Galaxy A54', 'Galaxy S23 Ultra'], [glass => 'Galaxy A35', 'Galaxy S24']],
	'Dyson'   => [[filter => 'V10', 'V11', 'V8'], [battery => 'V8', 'V10', 'V7']],
	'Xiaomi'  => [[brushes => 'Robot Vacuum S10', 'Mi Robot Vacuum'], [case => 'Redmi Note 13', '13T']],
	'Philips' => [[blade => 'OneBlade'], [heads => 'Sonicare']],
	'Braun'   => [[blade => 'Series 9', 'Series 5'], [heads => '']],
	'Sony'    => [[earpads => 'WH-1000XM4', 'WH-1000XM3']],
	'Bose'    => [[earpads => 'QC35', 'QuietComfort 45']],
	'JBL'     => [[case => 'Charge 5', 'Flip 6', 'Go 3']],
	'Lenovo'  => [[charger => 'ThinkPad', 'IdeaPad', '']],
	'Huawei'  => [[strap => 'Watch GT 3', 'Watch GT 4', 'Band 8'], [case => 'P60', 'Nova 11']],
	'PlayStation' => [[stand => '5 DualSense', '5']],
	'Ray-Ban' => [[lenses => 'RB3025', 'RB2140', 'Wayfarer']],
	'Lego'    => [[bricks => 'Technic', 'City', '']],
	'Casio'   => [[wstrap => 'G-Shock GA-2100', 'G-Shock DW-5600', 'G-Shock']],
);
my %REFTPL = (
	ru => ['{A} для {B} {M}', '{A} на {B} {M}', '{A}, совместимый с {B} {M}', '{A} подходит для {B} {M}', '{A} к {B} {M}'],
	kk => ['{B} {M} үшін {A}', '{B} {M} арналған {A}', '{A} {B} {M} үшін'],
	en => ['{A} for {B} {M}', '{A} compatible with {B} {M}', 'Replacement {A} fits {B} {M}', '{B} {M} compatible {A}'],
	tr => ['{B} {M} uyumlu {A}', '{B} {M} için {A}', '{B} {M} ile uyumlu {A}'],
	az => ['{B} {M} üçün {A}', '{B} {M} ilə uyğun {A}'],
	ka => ['{A} {B} {M}-ისთვის', '{B} {M}-ის {A}', '{A} თავსებადი {B} {M}'],
	zh => ['适用于{B} {M}{A}', '适用{B} {M} {A}', '{A} 兼容{B} {M}'],
);
# a Lego-compatible set is sold in its own class; keep "compatible" phrasings
my %REFTPL_LEGO = (
	ru => ['{A}, совместимый с {B}', '{A} совместим с {B} {M}'], kk => ['{B} үйлесімді {A}'],
	en => ['{A} compatible with {B} {M}', '{A}, fits {B}'], tr => ['{B} uyumlu {A}'],
	az => ['{B} ilə uyğun {A}'], ka => ['{A} თავსებადი {B}-სთან'], zh => ['兼容{B} {M}{A}'],
);

# --- negatives: [lang, title, class], written by hand -----------------------------
my @NEG = (
	# words and names near a mark
	[ru => 'Боксёрские перчатки Tyson 12 oz', 28], [en => 'Mike Tyson poster 50x70', 16], [ru => 'Стеклянная банка Mason 1 л', 21],
	[en => 'Madison leather office chair', 20], [kk => 'Jason Statham постері', 16], [en => 'Dayton 4 inch caster wheels', 12],
	[ru => 'Реле Sonoff Basic R2 Wi-Fi', 9], [en => 'Sonoff ZigBee door sensor', 9], [ru => 'Чехлы на сиденья Hyundai Sonata', 12],
	[en => 'Sonic the Hedgehog plush toy', 28], [ru => 'Кукла Соня 30 см', 28], [tr => 'Soya sosu 500 ml', 30],
	[ru => 'Перфоратор Bosch GBH 2-26', 7], [kk => 'Bosch кір жуғыш машина', 7], [en => 'Bosch Serie 4 dishwasher', 7], [az => 'Bosch tozsoran', 7],
	[ru => 'Гитарный процессор Boss GT-1', 15], [en => 'Hugo Boss Bottled eau de toilette', 3], [ru => 'Ароматическая свеча Rose 200 г', 4],
	[ru => 'Фотоаппарат Nikon D3500 kit 18-55', 9], [en => 'Nikon Z50 mirrorless camera', 9], [tr => 'Nikon Coolpix fotoğraf makinesi', 9],
	[ka => 'ნიკა ჩემპიონი - ბავშვის მაისური', 25], [ru => 'Мягкая игрушка Пумба 35 см', 28], [en => 'Pumba plush 30 cm', 28],
	[en => 'Samson Q2U USB microphone', 9], [tr => 'Samsun Bafra pidesi 4 adet', 30], [tr => 'Samsun çıkışlı ev tekstili nevresim takımı', 24],
	[ru => 'Электрочайник Polaris PWK 1725', 11], [en => 'Brown electric kettle 1.7 L', 11], [ru => 'Форма для брауни 20x20 см', 21],
	[en => 'Brownie baking pan non-stick', 21], [ru => 'Дэн Браун Код да Винчи книга', 16], [ru => 'Отвёртка крестовая Phillips PH2', 8],
	[en => 'Phillips head screwdriver set 6 pcs', 8], [tr => 'Phillips uçlu tornavida seti', 8], [ru => 'Шинель военная советская', 25],
	[en => '4-channel car amplifier 1000W', 9], [ru => 'Усилитель 2-канальный для авто', 9], [ru => 'Коврики в салон Лада Нива 4x4', 12],
	[kk => 'Нива 4x4 тұтқасы', 12], [en => 'Redmi AirDots 2 earbuds', 9], [ru => 'Наушники Redmi AirDots 3', 9],
	[en => 'Air purifier HEPA H13', 11], [ru => 'Очиститель воздуха для дома', 11], [en => 'USB-C docking station 12 in 1', 9],
	[ru => 'Док-станция USB-C 8 в 1', 9], [en => 'Playmobil City Life hospital', 28], [ru => 'Пластилин Play-Doh набор 4 банки', 28],
	[tr => 'Plastik leğen 40 lt', 21], [ru => 'Конструктор Lepin 20001 замок', 28], [en => 'Cobi tank building blocks', 28],
	[ru => 'Фигурка Леви Аккерман Атака титанов', 28], [en => 'Levi Ackerman figure Attack on Titan', 28], [en => 'Leviathan axe cosplay prop', 28],
	[en => 'Louis Armstrong vinyl LP', 9], [ru => 'Торшер в стиле Людовика XIV', 11], [en => 'Rayon summer dress', 25],
	[ru => 'Платье из вискозы rayon', 25], [ru => 'Кресло Relax с подножкой', 20], [ru => 'Ролики детские раздвижные', 28],
	[en => 'Cassia cinnamon sticks 200 g', 30], [ru => 'Набор покерных фишек Casino Royale', 28], [en => 'Cacio e pepe pasta kit', 30],
	[ru => 'Гусли 10 струн', 15], [en => 'Gnocchi 500 g', 30], [ru => 'Леггинсы женские спортивные', 25], [en => 'Yoga leggings high waist', 25],
	[en => 'Hawaiian shirt floral', 25], [ru => 'Гавайская рубашка мужская', 25], [en => 'Lenox porcelain dinner set', 21],
	[en => 'Laser level nivel 360', 9], [ru => 'Пылесос Vitek VT-1833', 7],
	[en => 'Nike of Samothrace statue 30 cm', 20], [ru => 'Статуэтка Ника Самофракийская', 20],
	[ka => 'ნიკა - სახელიანი ჭიქა', 21], [en => 'Aida opera DVD', 9], [tr => 'Hummel spor ayakkabı', 25],
	[en => 'Honor X9b smartphone', 9], [ru => 'Смартфон Honor 90', 9], [kk => 'Realme C55 смартфон', 9], [az => 'Tecno Spark 20 smartfon', 9],
	[en => 'Apple cider vinegar 500 ml', 30], [ru => 'Яблоки Апорт алматинские 1 кг', 31], [en => 'Fresh green apples 2 kg', 31],
	[zh => '新鲜苹果 红富士 5斤', 31], [zh => '农家黄小米 5斤 新米', 30], [zh => '小米粥 杂粮', 30], [zh => '博士帽 毕业礼服', 25],
	[zh => '博士伦隐形眼镜 月抛', 9], [zh => '三星堆文创 冰箱贴', 16], [zh => '无线蓝牙耳机 降噪 长续航', 9], [zh => '男士运动鞋 透气 跑步鞋', 25],
	[zh => '女士手提包 真皮 大容量', 18], [zh => '机械手表 男士 防水', 14], [zh => '儿童积木 益智 拼装', 28], [zh => '吹风机 负离子 大功率', 11],
	[ru => 'Постер Пума в джунглях 40x50', 16], [en => 'Puma animal poster 40x50', 16], [ka => 'ახალი სმარტფონი Tecno Camon 20', 9],
	[az => 'Nar şirəsi 1 litr', 32], [tr => 'Mavi Jeans kot pantolon', 25], [tr => 'LC Waikiki erkek tişört', 25],
	[tr => 'Arçelik çamaşır makinesi 9 kg', 7], [tr => 'Vestel 55 inç televizyon', 9], [az => 'Beko soyuducu', 11], [ru => 'Фен Scarlett SC-HD70', 11],
	[en => 'Anker PowerCore 20000 power bank', 9], [ru => 'Наушники QCY T13', 9], [en => 'Baseus 65W GaN charger', 9], [kk => 'Haylou сымсыз құлаққап', 9],
	[en => 'Seiko 5 automatic watch', 14], [ru => 'Часы Orient Bambino', 14], [tr => 'Citizen kol saati', 14], [zh => '手表 SKMEI 运动', 14],
	[en => 'Anta running shoes', 25], [zh => '李宁 运动鞋', 25], [ru => 'Кроссовки Li-Ning Way of Wade', 25], [kk => 'Anta кроссовкалары', 25],
	[ru => 'Бритва Remington PF7200', 8], [en => 'Panasonic ES-LV6 shaver', 8], [ru => 'Эпилятор Rowenta', 8], [tr => 'Tefal fritöz', 11],
	[ka => 'Beko მაცივარი', 11], [ka => 'Asus ლეპტოპი', 9], [az => 'Acer noutbuk', 9], [ru => 'Ноутбук Asus VivoBook 15', 9], [en => 'Dell Latitude 5420 laptop', 9],
	[ru => 'Солнцезащитные очки поляризационные', 9], [en => 'Polarized sunglasses UV400', 9], [tr => 'Polarize güneş gözlüğü', 9],
	[ru => 'Джинсы мужские прямые', 25], [en => "Men's straight jeans", 25], [az => 'Kişi cins şalvarı', 25], [ka => 'ქალის ჯინსი', 25],
	[ru => 'Сумка женская из экокожи', 18], [kk => 'Әйелдер сөмкесі, былғары', 18], [en => 'Crossbody bag vegan leather', 18],
	[ru => 'Крем для рук с маслом ши', 3], [en => 'Shea butter hand cream', 3], [tr => 'El kremi 75 ml', 3], [az => 'Əl kremi', 3],
	[ru => 'Детский конструктор 500 деталей', 28], [en => 'Magnetic building tiles 60 pcs', 28], [tr => 'Manyetik yapı seti', 28],
	[ru => 'Мужские наручные часы механические', 14], [kk => 'Ерлер қол сағаты', 14], [ka => 'მამაკაცის მაჯის საათი', 14],
	[ru => 'Вертикальный беспроводной пылесос', 7], [kk => 'Сымсыз шаңсорғыш', 7], [az => 'Simsiz tozsoran', 7], [en => 'Cordless stick vacuum 25 kPa', 7],
	[ru => 'Беспроводные наушники TWS с шумоподавлением', 9], [tr => 'Bluetooth kulaklık TWS', 9], [az => 'Bluetooth qulaqlıq', 9], [ka => 'Bluetooth ყურსასმენები', 9],
	[ru => 'Смарт-часы детские с GPS', 9], [en => 'Kids smart watch GPS', 9], [tr => 'Çocuk akıllı saat', 9],
	[ru => 'Футболка оверсайз хлопок', 25], [en => 'Oversized cotton tee', 25], [tr => 'Oversize tişört pamuk', 25], [kk => 'Мақта футболка', 25],
	[ru => 'Кроссовки мужские белые', 25], [kk => 'Ерлер кроссовкасы ақ', 25], [en => 'White running sneakers', 25], [az => 'Kişi krossovkası ağ', 25],
	[ru => 'Парфюмерная вода женская 50 мл', 3], [en => 'Vanilla eau de parfum 50 ml', 3], [ka => 'ქალის სუნამო 50 მლ', 3],
	[ru => 'Игровая приставка ретро 620 игр', 9], [en => 'Retro handheld game console 400 games', 9], [tr => 'Retro oyun konsolu', 9],
	[ru => 'Геймпад беспроводной для ПК', 9], [en => 'Wireless gamepad for PC', 9],
	[ru => 'Электробритва роторная', 8], [en => 'Rotary electric shaver', 8], [ru => 'Аэрогриль 5 л', 11], [en => 'Air fryer 5.5 L digital', 11],
	[ru => 'Колонка портативная Bluetooth 20 Вт', 9], [en => 'Waterproof Bluetooth speaker 20W', 9], [tr => 'Bluetooth hoparlör', 9],
	[ru => 'Калькулятор инженерный', 9], [en => 'Scientific calculator 240 functions', 9],
	[kk => 'Балаларға арналған конструктор', 28], [az => 'Uşaq konstruktoru', 28], [ka => 'საბავშვო კონსტრუქტორი', 28],
	[ru => 'Смартфон 128 ГБ две SIM', 9], [kk => 'Смартфон 6/128 ГБ', 9], [en => 'Unlocked smartphone 6.7 inch', 9],
	[ka => 'მტვერსასრუტი უსადენო', 7], [ka => 'თმის საშრობი 2000W', 11], [az => 'Saç feni 2000W', 11], [tr => 'Dikey şarjlı süpürge', 7],
	[ru => 'Фен для волос ионный 2000 Вт', 11], [kk => 'Шаш кептіргіш 2000 Вт', 11], [en => 'Ionic hair dryer 2000W', 11],
	[az => 'Adi qol saatı', 14], [tr => 'Deri kemer erkek', 25], [ru => 'Ремень кожаный мужской', 25], [en => 'Genuine leather belt', 25],
	[ru => 'Рюкзак городской 20 л', 18], [tr => 'Sırt çantası okul', 18], [kk => 'Мектеп рюкзагы', 18], [zh => '双肩包 大容量 学生', 18],
	[zh => '智能手表 心率 血氧', 9], [zh => '扫地机器人 全自动', 7], [zh => '电动牙刷 声波 成人', 21], [zh => '面霜 补水 保湿', 3],
);

# --- helpers ---------------------------------------------------------------------
# gtin13(prefix): a GTIN-13 starting with prefix, random middle, check digit
sub gtin13
{
	my ($p) = @_;
	my $g = $p;
	$g .= int(rnd() * 10) while length($g) < 12;
	my $s = 0;
	for my $i (0 .. 11)
	{
		$s += substr($g, $i, 1) * ($i % 2 ? 3 : 1);
	}
	return $g . ((10 - $s % 10) % 10);
}

my @OTHERPFX = ('4870', '4602', '8690', '4760', '4860', '6920', '6934', '6971', '4811', '2000');
my @ALLPFX = map { @{$GS1{$_}} } @MARKS;

# gtin_for(mark): a GTIN or '' (holder's prefix half of the time)
sub gtin_for
{
	my ($m) = @_;
	return '' unless chance(0.3);
	if (defined $m && @{$GS1{$m}} && chance(0.5))
	{
		return gtin13(pick(@{$GS1{$m}}));
	}
	for (1 .. 20)
	{
		my $g = gtin13(pick(@OTHERPFX));
		return $g unless grep { index($g, $_) == 0 } @ALLPFX;
	}
	return '';
}

sub juris
{
	my ($lang) = @_;
	return pick('KZ', 'KZ', 'KZ', 'RU', 'RU', 'KG', 'UZ') if $lang eq 'ru';
	return 'KZ' if $lang eq 'kk';
	return pick('KZ', 'GE', 'AZ', 'TR', 'AM', '') if $lang eq 'en';
	return 'TR' if $lang eq 'tr';
	return 'AZ' if $lang eq 'az';
	return 'GE' if $lang eq 'ka';
	return pick('CN', 'CN', 'KZ', '');
}

# ucfirst_u(s): first letter upper case for Latin and Cyrillic (Georgian and
# Han titles have no capitals in use)
sub ucfirst_u
{
	my ($s) = @_;
	return $s unless $s =~ /^[\p{Latin}\p{Cyrillic}]/;
	return uc(substr($s, 0, 1)) . substr($s, 1);
}

# noun(cat, lang): the product noun in that language
sub noun { return $NOUN{$_[0]}[$LANGIX{$_[1]}]; }

# cue(lang): [display, label] or undef
sub cue { return pick(@{$CUES{$_[0]}}); }

# compose(lang, brand, model, noun, cue display or undef): a title
sub compose
{
	my ($lang, $b, $m, $n, $c) = @_;
	my $bm = $m ne '' ? "$b $m" : $b;
	my $t;
	if ($lang eq 'zh')
	{
		my $sp = ($b =~ /[A-Za-z0-9]$/ || chance(0.3)) ? ' ' : '';
		$t = pick("$bm$sp$n", "$b$sp$n $m", "【$b】$n $m");
		$t =~ s/\s+$//;
	}
	elsif ($lang eq 'ru' || $lang eq 'kk')
	{
		$t = pick(ucfirst_u($n) . " $bm", "$bm $n", ucfirst_u($n) . " $bm, " . pick(@{$EXTRA{$lang}}));
	}
	elsif ($lang eq 'en')
	{
		$t = pick("$bm $n", "$bm " . ucfirst_u($n), ucfirst_u($n) . " $bm");
	}
	else
	{
		$t = pick("$bm $n", "$bm " . ucfirst_u($n), ucfirst_u($n) . " $bm");
	}
	$t .= ' ' . pick(@{$EXTRA{$lang}}) if chance(0.2) && $t !~ /,/;
	if (defined $c)
	{
		my $r = rnd();
		if ($r < 0.4) { $t .= " $c"; }
		elsif ($r < 0.6) { $t .= " ($c)"; }
		elsif ($r < 0.8) { $t = "$c $t"; }
		else { $t .= " - $c"; }
	}
	$t =~ s/  +/ /g;
	return $t;
}

# --- generation ------------------------------------------------------------------
my @ROWS;
my %SEEN;

# add(hashref): one row unless the title is already there (returns 1 if added)
sub add
{
	my ($r) = @_;
	return 0 if $SEEN{$r->{listing}}++;
	push @ROWS, $r;
	return 1;
}

my @LANGS = qw(ru kk en tr az ka zh);

# positive(kind, lang): one listing of a disguise kind, or 0 if impossible
sub positive
{
	my ($kind, $lang) = @_;
	my @cands = @MARKS;
	if ($kind eq 'transliteration')
	{
		my $tab = {ru => \%CYR, kk => \%CYR, ka => \%GEO, tr => \%TRK, az => \%AZE}->{$lang};
		@cands = $tab ? grep { $tab->{$_} } @MARKS : grep { @{$ALIAS{$_}} || $ZHX{$_} } @MARKS;
	}
	my $mark = pick(@cands);
	my $g = pick(@{$GOODS{$mark}});
	my ($cat, @models) = @$g;
	my $model = chance(0.75) ? pick(@models) : '';
	my $n = noun($cat, $lang);
	my $other = '';
	my $b;
	if ($kind eq 'exact') { $b = casing($mark); }
	elsif ($kind eq 'spacing') { $b = spacing($mark); }
	elsif ($kind eq 'homoglyph') { $b = homoglyph(chance(0.2) ? uc($mark) : $mark, $lang); }
	elsif ($kind eq 'typo') { $b = pick(@{$TYPO{$mark}}); }
	else
	{
		if ($lang eq 'zh')
		{
			$b = pick(@{$ALIAS{$mark}}, @{$ZHX{$mark} // []});
		}
		else
		{
			my $tab = {ru => \%CYR, kk => \%CYR, ka => \%GEO, tr => \%TRK, az => \%AZE}->{$lang};
			$b = pick(@{$tab->{$mark}});
		}
	}
	# Chinese titles often give the Latin mark with its Chinese name
	if ($lang eq 'zh' && $kind eq 'exact' && @{$ALIAS{$mark}} && chance(0.4))
	{
		$b = "$b/" . $ALIAS{$mark}[0];
	}
	# Apple's goods named with the model mark, or the holder named first
	if (($mark eq 'AirPods' || $mark eq 'iPhone') && chance(0.2))
	{
		$b = "Apple $b";
		$other = 'Apple';
	}
	if ($mark eq 'PlayStation' && chance(0.25))
	{
		$b = "Sony $b";
		$other = 'Sony';
	}
	my $c = ($kind ne 'exact' || chance(0.5)) && chance(0.3) ? cue($lang) : undef;
	my $title = compose($lang, $b, $model, $n, defined $c ? $c->[0] : undef);
	my $cls = $NOUN{$cat}[0];
	return add({listing => $title, seller => pick(@{$SELLERS{$lang}}), gtin => gtin_for($mark),
		jurisdiction => juris($lang), nice_class => chance(0.9) ? $cls : '', expected_mark => $mark,
		kind => $kind, referential => 0, cues => defined $c ? $c->[1] : '', lang => $lang, other_marks => $other});
}

# referential(lang): one accessory listing naming what it fits
sub referential
{
	my ($lang) = @_;
	my @ms = sort keys %REFGOODS;
	my $mark = pick(@ms);
	my ($acc, @models) = @{pick(@{$REFGOODS{$mark}})};
	my $model = pick(@models);
	my $a = $ACC{$acc}[$LANGIX{$lang}];
	my $b = $mark;
	my $other = '';
	my $r = rnd();
	if (($lang eq 'ru' || $lang eq 'kk') && $CYR{$mark} && $r < 0.3)
	{
		$b = $CYR{$mark}[0];
		# "на Айфон", "для Айфона": Russian buyers' usual words
		$b = 'Айфона' if $mark eq 'iPhone' && $lang eq 'ru' && chance(0.3);
	}
	elsif ($lang eq 'ka' && $GEO{$mark} && $r < 0.2)
	{
		$b = $GEO{$mark}[0];
	}
	elsif ($lang eq 'zh' && @{$ALIAS{$mark}} && $r < 0.4)
	{
		$b = $ALIAS{$mark}[0];
	}
	elsif ($r < 0.4)
	{
		$b = casing($mark);
	}
	if ($lang eq 'zh' && ($mark eq 'AirPods' || $mark eq 'iPhone') && chance(0.4))
	{
		$b = "苹果$b";
		$other = 'Apple';
	}
	my $tpl = pick(@{($mark eq 'Lego' ? \%REFTPL_LEGO : \%REFTPL)->{$lang}});
	my $t = $tpl;
	$t =~ s/\{A\}/$a/g;
	$t =~ s/\{B\}/$b/g;
	$t =~ s/\{M\}/$model/g;
	$t =~ s/ +-/-/g;
	$t =~ s/\s+/ /g;
	$t =~ s/ ,/,/g;
	$t =~ s/^\s+|\s+$//g;
	$t =~ s/^Replacement replacement /Replacement /;
	$t = ucfirst_u($t);
	$t .= ' ' . pick(@{$EXTRA{$lang}}) if chance(0.25);
	return add({listing => $t, seller => pick(@{$SELLERS{$lang}}), gtin => gtin_for(undef),
		jurisdiction => juris($lang), nice_class => $ACC{$acc}[0], expected_mark => $mark,
		kind => 'referential', referential => 1, cues => '', lang => $lang, other_marks => $other});
}

# negative(): a hand-written negative, perhaps with an extra word
sub negative
{
	my ($n) = @_;
	my ($lang, $title, $cls) = @$n;
	$title .= ' ' . pick(@{$EXTRA{$lang}}) if $SEEN{$title};
	return add({listing => $title, seller => pick(@{$SELLERS{$lang}}), gtin => gtin_for(undef),
		jurisdiction => juris($lang), nice_class => $cls, expected_mark => '',
		kind => 'negative', referential => 0, cues => '', lang => $lang, other_marks => ''});
}

my %PLAN = (exact => 290, spacing => 260, homoglyph => 300, transliteration => 330, typo => 270, referential => 230);
for my $kind (qw(exact spacing homoglyph transliteration typo referential))
{
	my $want = $PLAN{$kind} * $SCALE;
	my @langs = $kind eq 'transliteration' ? qw(ru kk tr az ka zh ru ka) : @LANGS;
	my ($done, $tries) = (0, 0);
	while ($done < $want && $tries++ < $want * 20)
	{
		my $lang = $langs[$done % @langs];
		$done += $kind eq 'referential' ? referential($lang) : positive($kind, $lang);
	}
}
# negatives: every hand-written one, then again with an extra word to scale
for my $round (1 .. 2 * $SCALE)
{
	negative($_) for @NEG;
}

# fixed shuffle, then write
for (my $i = $#ROWS; $i > 0; $i--)
{
	my $j = int(rnd() * ($i + 1));
	@ROWS[$i, $j] = @ROWS[$j, $i];
}

my $out = \*STDOUT;
if (@ARGV)
{
	open($out, '>', $ARGV[0]) or die "cannot write $ARGV[0]: $!\n";
}
binmode($out, ':encoding(UTF-8)');
my @COLS = qw(listing seller gtin jurisdiction nice_class expected_mark kind referential cues lang other_marks);
print $out join("\t", 'id', @COLS), "\n";
my $id = 0;
for my $r (@ROWS)
{
	my @v = map { my $x = $r->{$_} // ''; $x =~ s/[\t\n]/ /g; $x } @COLS;
	print $out join("\t", ++$id, @v), "\n";
}
close($out) if @ARGV;
