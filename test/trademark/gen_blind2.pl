#!/usr/bin/perl
# test/trademark/gen_blind2.pl
#	SECOND BLIND (untuned) labelled corpus of marketplace listing titles for
#	the trademark check (issue 5 §4).  The four earlier corpora
#	(gen_corpus.pl, gen_heldout.pl, gen_final.pl, gen_blind.pl) have all
#	been looked at and used for fixes; this fifth corpus was written last,
#	from the issue, the domain primer and knowledge of how sellers title
#	listings on Kaspi.kz, Wildberries, Ozon, Trendyol, Hepsiburada, Tap.az,
#	Umico, MyMarket.ge and Taobao/1688/Temu, without reading the checker's
#	code or lexicon or the other generators' templates and vocabulary.  Its
#	own seed, PRNG (32-bit LCG, high bits), title templates, product nouns,
#	model names, cue expressions, referential phrasings, disguises and
#	negatives.  Measure the final code on it once; never tune on it.
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
#			listings; always on negatives that rest on the class) or empty
#	  expected_mark	the registered mark the title uses, or empty (negative)
#	  kind		exact, spacing, homoglyph, transliteration, typo,
#			referential or negative
#	  referential	1 when the mark names what an accessory fits, else 0
#	  cues		counterfeit cue expressions in the title (comma-separated,
#			lower case) or empty
#	  lang		language of the title: ru kk en tr az ka zh
#	  other_marks	further registered marks the title also uses as written
#			(Apple in "Apple iPhone 15", Sony in "Sony PlayStation 5",
#			苹果 for Apple); a second mark is never disguised
#
#	Labelling: case changes alone are 'exact'; separators inside or
#	between the mark's letters, split or joined words, zero-width spaces
#	and dropped or replaced apostrophes/hyphens are 'spacing'; Cyrillic,
#	Greek, Turkish dotless i, fullwidth and mathematical look-alike letters
#	and digits/symbols for letters are 'homoglyph'; phonetic spellings in
#	Cyrillic, Georgian or Turkish/Azerbaijani Latin and the registered
#	Chinese names are 'transliteration'; a single Damerau edit of the Latin
#	mark (checked here) is 'typo'.  A title in a Nice class outside the
#	mark's classes is 'negative'.  Negatives are also ordinary words near a
#	mark (Tyson, airpot, Phillips screwdriver, Boss amplifier, Samson
#	microphone, Pumba, Нива, Соня, 小米 millet, 苹果 fruit...), other
#	brands, and unbranded titles.
#
#	Deterministic (own PRNG, arrays only, hashes only looked up, never
#	iterated), core Perl only.  Usage: perl gen_blind2.pl [OUTFILE]
#	(default: standard output).  Environment: GEN_BLIND2_SEED (default
#	90417), GEN_BLIND2_SCALE (default 1: about 2,050 listings).
use strict;
use warnings;
use utf8;
use File::Basename qw(dirname);

my $SEED = $ENV{GEN_BLIND2_SEED} // 90417;
my $SCALE = $ENV{GEN_BLIND2_SCALE} // 1;
die "GEN_BLIND2_SCALE must be a positive integer\n" unless $SCALE =~ /^[1-9][0-9]*$/;
die "GEN_BLIND2_SEED must be a non-negative integer\n" unless $SEED =~ /^[0-9]+$/;

# ---------------------------------------------------------------------------
# PRNG: x = 1664525 x + 1013904223 mod 2^32; draws use the top 24 bits

my $rs = ($SEED * 2654435761 + 12345) % 4294967296;

# rnd(n): integer in [0, n)
sub rnd
{
	my ($n) = @_;
	$rs = (1664525 * $rs + 1013904223) % 4294967296;
	return int(($rs >> 8) * $n / 16777216);
}

# pick(@list): one element
sub pick { return $_[rnd(scalar @_)]; }

# chance(p): true with probability p (p in percent)
sub chance { return rnd(100) < $_[0]; }

# wpick([item, weight], ...): weighted choice
sub wpick
{
	my $tot = 0;
	$tot += $_->[1] for @_;
	my $r = rnd($tot);
	for (@_)
	{
		return $_->[0] if $r < $_->[1];
		$r -= $_->[1];
	}
	return $_[-1][0];
}

# ---------------------------------------------------------------------------
# marks

my (@MARKS, %CLASSES, %PREFIX, %ALIAS);
{
	my $f = dirname(__FILE__) . '/marks.tsv';
	open(my $fh, '<:encoding(UTF-8)', $f) or die "cannot read $f: $!\n";
	while (my $l = <$fh>)
	{
		chomp $l;
		next if $l =~ /^#/ || $l eq '';
		my @c = split /\t/, $l, -1;
		push @MARKS, $c[0];
		$CLASSES{$c[0]} = [split /,/, $c[2]];
		$PREFIX{$c[0]} = [split /,/, $c[5]];
		$ALIAS{$c[0]} = [grep { $_ ne '' } split /,/, ($c[8] // '')];
	}
	close $fh;
}

# in_class(mark, class): the mark is registered for the class
sub in_class
{
	my ($m, $c) = @_;
	return scalar grep { $_ == $c } @{$CLASSES{$m}};
}

# ---------------------------------------------------------------------------
# vocabulary: product nouns per language [ru, kk, en, tr, az, ka, zh]

my @LANGS = qw(ru kk en tr az ka zh);
my %LI;
@LI{@LANGS} = (0 .. 6);

my %NOUN = (
	vacuum => ['Пылесос беспроводной', 'Сымсыз шаңсорғыш', 'Cordless Vacuum Cleaner', 'Dikey Şarjlı Süpürge', 'simsiz tozsoran', 'უსადენო მტვერსასრუტი', '无线吸尘器'],
	dryer => ['Фен для волос', 'Шаш кептіргіш фен', 'Hair Dryer', 'Saç Kurutma Makinesi', 'saç feni', 'თმის ფენი', '吹风机'],
	buds => ['Наушники беспроводные', 'Сымсыз құлаққап', 'Wireless Earbuds', 'Kablosuz Kulaklık', 'simsiz qulaqlıq', 'უსადენო ყურსასმენი', '无线蓝牙耳机'],
	phones => ['Накладные наушники', 'Құлаққап', 'Over-Ear Headphones', 'Kulak Üstü Kulaklık', 'qulaqlıq', 'ყურსასმენი', '头戴式耳机'],
	phone => ['Смартфон', 'Смартфон', 'Smartphone', 'Cep Telefonu', 'smartfon', 'სმარტფონი', '手机'],
	speaker => ['Портативная колонка', 'Портативті колонка', 'Bluetooth Speaker', 'Bluetooth Hoparlör', 'portativ kalonka', 'პორტატიული დინამიკი', '蓝牙音箱'],
	tv => ['Телевизор', 'Теледидар', 'Smart TV', 'Televizyon', 'televizor', 'ტელევიზორი', '智能电视'],
	laptop => ['Ноутбук', 'Ноутбук', 'Laptop', 'Dizüstü Bilgisayar', 'noutbuk', 'ლეპტოპი', '笔记本电脑'],
	tablet => ['Планшет', 'Планшет', 'Tablet', 'Tablet', 'planşet', 'პლანშეტი', '平板电脑'],
	swatch => ['Смарт-часы', 'Смарт сағат', 'Smart Watch', 'Akıllı Saat', 'smart saat', 'სმარტ საათი', '智能手表'],
	console => ['Игровая приставка', 'Ойын приставкасы', 'Game Console', 'Oyun Konsolu', 'oyun konsolu', 'სათამაშო კონსოლი', '游戏机'],
	shaver => ['Электробритва', 'Электр ұстара', 'Electric Shaver', 'Tıraş Makinesi', 'elektrik ülgüc', 'წვერსაპარსი', '电动剃须刀'],
	brush => ['Электрическая зубная щетка', 'Электр тіс щеткасы', 'Electric Toothbrush', 'Şarjlı Diş Fırçası', 'elektrik diş fırçası', 'ელექტრო კბილის ჯაგრისი', '电动牙刷'],
	fryer => ['Аэрогриль', 'Аэрогриль', 'Air Fryer', 'Airfryer Fritöz', 'hava fritözü', 'აეროგრილი', '空气炸锅'],
	epil => ['Эпилятор', 'Эпилятор', 'Epilator', 'Epilatör', 'epilyator', 'ეპილატორი', '脱毛仪'],
	sneakers => ['Кроссовки', 'Кроссовкалар', 'Sneakers', 'Spor Ayakkabı', 'krossovka', 'კედები', '运动鞋'],
	hoodie => ['Худи оверсайз', 'Худи', 'Hoodie', 'Kapüşonlu Sweatshirt', 'hudi', 'ჰუდი', '连帽卫衣'],
	suit => ['Спортивный костюм', 'Спорт костюмі', 'Tracksuit', 'Eşofman Takımı', 'idman kostyumu', 'სპორტული კოსტიუმი', '运动套装'],
	tee => ['Футболка', 'Футболка', 'T-Shirt', 'Tişört', 'futbolka', 'მაისური', 'T恤'],
	backpack => ['Рюкзак', 'Рюкзак', 'Backpack', 'Sırt Çantası', 'bel çantası', 'ზურგჩანთა', '双肩包'],
	bag => ['Сумка женская', 'Әйелдер сөмкесі', 'Handbag', 'Kadın Omuz Çantası', 'qadın çantası', 'ქალის ჩანთა', '女士手提包'],
	perfume => ['Парфюмерная вода', 'Әтір', 'Eau de Parfum', 'Kadın Parfüm EDP', 'ətir', 'სუნამო', '香水'],
	watch => ['Часы наручные', 'Қол сағаты', 'Wrist Watch', 'Kol Saati', 'qol saatı', 'მაჯის საათი', '手表'],
	jeans => ['Джинсы', 'Джинсы шалбар', 'Jeans', 'Kot Pantolon', 'cins şalvar', 'ჯინსი', '牛仔裤'],
	glasses => ['Солнцезащитные очки', 'Күннен қорғайтын көзілдірік', 'Sunglasses', 'Güneş Gözlüğü', 'günəş eynəyi', 'მზის სათვალე', '太阳镜'],
	bricks => ['Конструктор', 'Құрастырмалы ойыншық', 'Building Set', 'Yapı Seti', 'konstruktor', 'კონსტრუქტორი', '积木'],
	cream => ['Крем для лица', 'Бетке арналған крем', 'Face Cream', 'Yüz Kremi', 'üz kremi', 'სახის კრემი', '面霜'],
	deo => ['Дезодорант', 'Дезодорант', 'Deodorant', 'Deodorant', 'dezodorant', 'დეოდორანტი', '止汗露'],
	calc => ['Калькулятор инженерный', 'Инженерлік калькулятор', 'Scientific Calculator', 'Bilimsel Hesap Makinesi', 'kalkulyator', 'კალკულატორი', '计算器'],
	gamepad => ['Геймпад', 'Геймпад', 'Controller', 'Oyun Kolu', 'coystik', 'ჯოისტიკი', '游戏手柄'],
	iron => ['Утюг с парогенератором', 'Үтік', 'Steam Iron', 'Buharlı Ütü', 'ütü', 'უთო', '蒸汽熨斗'],
);

# noun(key, lang)
sub noun { return $NOUN{$_[0]}[$LI{$_[1]}]; }

# per mark: products [noun key, Nice class or 0 (no class given), models...];
# optional 'pre' (another mark written before it, as is)
my %PROD = (
	'Dyson' => [['vacuum', 7, 'V15 Detect Absolute', 'V11', 'V8 Slim', 'Gen5detect', 'V12 Detect Slim'], ['dryer', 11, 'Supersonic HD07', 'Supersonic HD15', 'Supersonic']],
	'AirPods' => [['buds', 9, 'Pro 2', 'Pro 2 USB-C', '3', '4 ANC', 'Max']],
	'iPhone' => [['phone', 9, '15 Pro Max 256GB', '15 128 ГБ', '14 Pro', '13 128Gb', '16 Pro 512GB', '15 Plus']],
	'Apple' => [['laptop', 9, 'MacBook Air 13 M2', 'MacBook Pro 14 M3'], ['swatch', 9, 'Watch Series 9 45mm', 'Watch Ultra 2', 'Watch SE 40mm'], ['tablet', 9, 'iPad 10.9', 'iPad Air M2']],
	'Samsung' => [['phone', 9, 'Galaxy S24 Ultra 12/256', 'Galaxy A55 8/128', 'Galaxy A15', 'Galaxy Z Flip5'], ['buds', 9, 'Galaxy Buds2 Pro', 'Galaxy Buds FE'], ['tv', 9, 'QE55Q60C 55"', 'UE43CU7100 4K']],
	'Xiaomi' => [['phone', 9, 'Redmi Note 13 Pro 8/256', '14T Pro', 'Redmi 13C', 'Poco X6 Pro'], ['vacuum', 7, 'Mi Vacuum Cleaner G10', 'Robot Vacuum S10'], ['swatch', 9, 'Smart Band 8', 'Watch S3']],
	'Sony' => [['phones', 9, 'WH-1000XM5', 'WH-CH520', 'WH-1000XM4'], ['buds', 9, 'WF-1000XM5', 'WF-C700N'], ['tv', 9, 'Bravia KD-55X75K', 'Bravia XR-65A80L']],
	'Bose' => [['phones', 9, 'QuietComfort 45', 'QuietComfort Ultra', 'QC35 II'], ['speaker', 9, 'SoundLink Flex', 'SoundLink Micro'], ['buds', 9, 'QuietComfort Earbuds II']],
	'JBL' => [['speaker', 9, 'Flip 6', 'Charge 5', 'GO 3', 'Boombox 3', 'Clip 4'], ['buds', 9, 'Tune 520BT', 'Wave Beam', 'Live Pro 2']],
	'Philips' => [['fryer', 11, 'HD9270 XXL', 'Airfryer HD9252', 'Essential HD9200'], ['shaver', 8, 'OneBlade QP2824', 'S5587 Series 5000'], ['iron', 8, 'PerfectCare 7000', 'GC4567'], ['brush', 21, 'Sonicare HX6857']],
	'Braun' => [['shaver', 8, 'Series 9 Pro 9465cc', 'Series 7 71-N1200s', 'Series 5'], ['epil', 8, 'Silk-épil 9 9-720', 'Silk-expert Pro 5'], ['dryer', 0, 'Satin Hair 7 HD785']],
	'Nike' => [['sneakers', 25, 'Air Force 1 \'07', 'Air Max 90', 'Dunk Low Panda', 'Air Jordan 1 Mid', 'Pegasus 40'], ['hoodie', 25, 'Tech Fleece', 'Club Fleece'], ['backpack', 18, 'Brasilia', 'Heritage']],
	'Adidas' => [['sneakers', 25, 'Samba OG', 'Gazelle', 'Superstar', 'Campus 00s', 'Forum Low'], ['suit', 25, 'Tiro 24', 'Essentials 3-Stripes'], ['tee', 25, 'Trefoil', 'Originals']],
	'Puma' => [['sneakers', 25, 'Suede Classic', 'RS-X', 'Palermo', 'Speedcat', 'Cali'], ['hoodie', 25, 'Essentials Big Logo'], ['backpack', 18, 'Phase']],
	'Gucci' => [['bag', 18, 'GG Marmont', 'Dionysus', 'Jackie 1961', 'Horsebit 1955'], ['sneakers', 25, 'Ace', 'Rhyton'], ['perfume', 3, 'Bloom 100 ml', 'Flora Gorgeous Gardenia']],
	'Chanel' => [['perfume', 3, 'Coco Mademoiselle 100 мл', 'No 5 EDP', 'Chance Eau Tendre', 'Bleu de Chanel'], ['bag', 18, 'Classic Flap', 'Boy Bag', '2.55']],
	'Louis Vuitton' => [['bag', 18, 'Neverfull MM', 'Speedy 30', 'Alma BB', 'Pochette Métis'], ['backpack', 18, 'Discovery', 'Christopher']],
	'Rolex' => [['watch', 14, 'Submariner Date', 'Daytona', 'Datejust 41', 'GMT-Master II Pepsi', 'Oyster Perpetual']],
	'Casio' => [['watch', 14, 'G-Shock GA-2100', 'Vintage A168WA', 'Edifice EFR-526', 'G-Shock DW-5600'], ['calc', 9, 'fx-991ES Plus', 'fx-82MS']],
	'Lego' => [['bricks', 28, 'Technic 42115', 'Star Wars 75313', 'City 60337', 'Friends 41748', 'Ninjago 71741']],
	'Nivea' => [['cream', 3, 'Soft 200 мл', 'Creme 150ml', 'Q10 Power'], ['deo', 3, 'Men Black & White', 'Invisible']],
	'Huawei' => [['phone', 9, 'Nova 12s', 'Pura 70 Pro', 'P60 Pro'], ['swatch', 9, 'Watch GT 4 46mm', 'Band 9', 'Watch Fit 3'], ['buds', 9, 'FreeBuds 5i', 'FreeBuds Pro 3']],
	'Lenovo' => [['laptop', 9, 'IdeaPad Slim 3 15IAH8', 'Legion 5 Pro', 'ThinkPad E14', 'LOQ 15'], ['tablet', 9, 'Tab M11', 'Tab P12']],
	'PlayStation' => [['console', 9, '5 Slim 1TB', '5 Digital Edition', '4 Pro 1TB', 'Portal'], ['gamepad', 9, 'DualSense', 'DualShock 4 V2']],
	'Ray-Ban' => [['glasses', 9, 'Wayfarer RB2140', 'Aviator RB3025', 'Clubmaster RB3016', 'Round RB3447']],
	'Levi\'s' => [['jeans', 25, '501 Original', '511 Slim', '505 Regular', 'Ribcage'], ['tee', 25, 'Batwing Logo']],
);
my %PRE = ('AirPods' => 'Apple', 'iPhone' => 'Apple', 'PlayStation' => 'Sony');

# accessories for referential listings [key, Nice class or 0, ru, kk, en, tr, az, ka, zh]
my %ACC = (
	case => [9, 'Чехол', 'Қап', 'Case', 'Kılıf', 'örtük', 'ქეისი', '保护套'],
	glass => [9, 'Защитное стекло', 'Қорғаныш әйнегі', 'Tempered Glass Screen Protector', 'Ekran Koruyucu Cam', 'qoruyucu şüşə', 'დამცავი მინა', '钢化膜'],
	charger => [9, 'Зарядное устройство 20W', 'Зарядтағыш 20W', 'Fast Charger 20W', 'Hızlı Şarj Aleti 20W', 'adapter 20W', 'დამტენი 20W', '快充充电器20W'],
	cable => [9, 'Кабель Type-C', 'Type-C кабелі', 'USB-C Cable 2m', 'Type-C Şarj Kablosu', 'Type-C kabel', 'Type-C კაბელი', '数据线'],
	filter => [7, 'Фильтр HEPA', 'HEPA сүзгісі', 'Replacement HEPA Filter', 'HEPA Filtre', 'HEPA filtr', 'HEPA ფილტრი', '滤网'],
	strap => [9, 'Ремешок силиконовый', 'Силикон бау', 'Silicone Band', 'Silikon Kordon', 'silikon qayış', 'სილიკონის სამაჯური', '硅胶表带'],
	heads => [21, 'Насадки сменные 4 шт', 'Ауыстырмалы саптамалар 4 дана', 'Replacement Brush Heads 4 pcs', 'Yedek Diş Fırçası Başlığı 4 adet', 'əvəzedici başlıqlar 4 ədəd', 'შესაცვლელი თავაკები 4 ც', '替换刷头4支'],
	blades => [8, 'Сменное лезвие', 'Ауыстырмалы жүз', 'Replacement Blade', 'Yedek Bıçak', 'əvəzedici tiğ', 'შესაცვლელი პირი', '替换刀头'],
	pads => [9, 'Амбушюры', 'Құлаққап жастықшалары', 'Ear Pads Cushions', 'Kulaklık Süngeri', 'qulaqlıq yastıqları', 'ყურსასმენის ბალიშები', '耳罩海绵套'],
	stand => [9, 'Зарядная станция для двух геймпадов', 'Геймпад зарядтау станциясы', 'Dual Controller Charging Station', 'Kol Şarj İstasyonu', 'coystik üçün stansiya', 'ჯოისტიკის დამტენი სადგამი', '手柄充电座'],
	bricks => [28, 'Конструктор', 'Құрастырмалы ойыншық', 'Building Blocks', 'Yapı Blokları', 'konstruktor', 'კონსტრუქტორი', '积木'],
	sleeve => [9, 'Чехол-папка 13"', '13" қап', 'Laptop Sleeve 13"', 'Laptop Kılıfı 13"', 'noutbuk çantası 13"', 'ლეპტოპის ჩანთა 13"', '电脑内胆包13寸'],
	gstrap => [14, 'Ремешок', 'Сағат бауы', 'Watch Strap', 'Saat Kordonu', 'saat qayışı', 'საათის სამაჯური', '表带'],
	gcase => [9, 'Футляр', 'Көзілдірік қабы', 'Glasses Case', 'Gözlük Kılıfı', 'eynək qabı', 'სათვალის ბუდე', '眼镜盒'],
);

# referential targets: [mark, accessory, model...]
my @REF = (
	['AirPods', 'case', 'Pro 2', '3', 'Pro', '4'],
	['iPhone', 'case', '15 Pro Max', '15', '14 Pro', '13', '16 Pro'],
	['iPhone', 'glass', '15 Pro', '14', '13 Pro Max', '16'],
	['iPhone', 'charger', '15', '', '14 Pro'],
	['Apple', 'strap', 'Watch 41mm', 'Watch 45mm', 'Watch Ultra 49mm'],
	['Apple', 'sleeve', 'MacBook Air 13', 'MacBook Pro 14'],
	['Samsung', 'case', 'Galaxy S24 Ultra', 'Galaxy A55', 'Galaxy A35'],
	['Samsung', 'glass', 'Galaxy S23', 'Galaxy A15'],
	['Samsung', 'charger', 'Galaxy', ''],
	['Xiaomi', 'case', 'Redmi Note 13 Pro', 'Redmi 12', '14T'],
	['Xiaomi', 'strap', 'Smart Band 8', 'Mi Band 7'],
	['Dyson', 'filter', 'V11', 'V15 Detect', 'V8', 'V10'],
	['Huawei', 'case', 'P60 Pro', 'Nova 11'],
	['Huawei', 'strap', 'Watch GT 4 46mm', 'Band 8'],
	['Lenovo', 'sleeve', 'IdeaPad 3 15.6"', 'Legion 5'],
	['Lenovo', 'charger', 'ThinkPad', 'IdeaPad'],
	['PlayStation', 'stand', '5', '5 DualSense'],
	['PlayStation', 'case', '5 DualSense', 'Portal'],
	['JBL', 'case', 'Flip 6', 'Charge 5', 'GO 3'],
	['Sony', 'pads', 'WH-1000XM4', 'WH-1000XM5'],
	['Bose', 'pads', 'QuietComfort 35 II', 'QC45', '700'],
	['Braun', 'blades', 'Series 9 92S', 'Series 5 52B'],
	['Philips', 'heads', 'Sonicare', 'Sonicare DiamondClean'],
	['Philips', 'blades', 'OneBlade', 'OneBlade Pro'],
	['Lego', 'bricks', 'Technic', 'City', 'Star Wars'],
	['Casio', 'gstrap', 'G-Shock GA-2100', 'G-Shock DW-5600'],
	['Ray-Ban', 'gcase', 'Wayfarer', ''],
);

# referential phrasing per language: ACC = accessory noun, M = mark and model
my %REFT = (
	ru => ['{A} для {M}', '{A} на {M}', '{A} совместимый с {M}', '{A} для {M}, прозрачный', '{A} подходит для {M}'],
	kk => ['{M} үшін {A}', '{M} арналған {A}', '{M}-ге арналған {A}', '{A} ({M} үшін)'],
	en => ['{A} for {M}', '{A} Compatible with {M}', '{M} Compatible {A}', '{A} fits {M}', 'Replacement {A} for {M}'],
	tr => ['{M} Uyumlu {A}', '{M} için {A}', '{M} ile Uyumlu {A}'],
	az => ['{M} üçün {A}', '{A} {M} üçün', '{M} uyğun {A}'],
	ka => ['{M}-ის {A}', '{A} {M}-ისთვის', '{M}-სთვის {A}'],
	zh => ['适用于{M}{A}', '适用{M}{A}', '兼容{M}{A}', '{M}专用{A}'],
);

# Cyrillic forms with a case ending for ru/kk referential titles
my %REFCYR = (
	'iPhone' => ['айфон', 'Айфона', 'айфона'],
	'Samsung' => ['Самсунга', 'Самсунг'],
	'Dyson' => ['Дайсона', 'пылесоса Дайсон'],
	'Xiaomi' => ['Сяоми', 'Ксиаоми'],
	'AirPods' => ['Эйрподс', 'аирподс'],
	'Lego' => ['Лего'],
	'PlayStation' => ['Плейстейшн', 'PS'],
);

# transliterations: Cyrillic (ru, kk), Turkish/Azerbaijani Latin, Georgian
my %CYR = (
	'Dyson' => ['Дайсон'], 'AirPods' => ['Эйрподс', 'Аирподс', 'ЭйрПодс'], 'iPhone' => ['Айфон'],
	'Apple' => ['Эппл', 'Эпл'], 'Samsung' => ['Самсунг'], 'Xiaomi' => ['Сяоми', 'Ксиаоми', 'Шаоми'],
	'Sony' => ['Сони'], 'Bose' => ['Боуз', 'Бозе'], 'JBL' => ['ДжиБиЭль', 'Джибиэль'],
	'Philips' => ['Филипс'], 'Braun' => ['Браун'], 'Nike' => ['Найк', 'Найки'],
	'Adidas' => ['Адидас'], 'Puma' => ['Пума'], 'Gucci' => ['Гуччи'], 'Chanel' => ['Шанель'],
	'Louis Vuitton' => ['Луи Виттон', 'Луи Вюиттон'], 'Rolex' => ['Ролекс'], 'Casio' => ['Касио'],
	'Lego' => ['Лего'], 'Nivea' => ['Нивея', 'Нивеа'], 'Huawei' => ['Хуавей', 'Хуавэй'],
	'Lenovo' => ['Леново'], 'PlayStation' => ['Плейстейшн', 'Плэйстейшен'],
	'Ray-Ban' => ['Рэй Бэн', 'Рей Бан', 'Рэйбан'], 'Levi\'s' => ['Левайс', 'Ливайс'],
);
my %TRAZ = (
	'AirPods' => ['Eyrpods', 'Eyrpods'], 'iPhone' => ['Ayfon', 'Ayfon'], 'Apple' => [undef, 'Epl'],
	'Samsung' => [undef, 'Samsunq'], 'Xiaomi' => ['Şaomi', 'Ksiaomi'], 'Sony' => [undef, 'Soni'],
	'Philips' => ['Filips', 'Filips'], 'Nike' => ['Nayk', 'Nayk'], 'Gucci' => ['Guçi', 'Guçi'],
	'Chanel' => ['Şanel', 'Şanel'], 'Louis Vuitton' => ['Lui Viton', 'Lui Viton'],
	'Rolex' => ['Roleks', 'Roleks'], 'Casio' => ['Kasio', 'Kasio'], 'Nivea' => [undef, 'Niveya'],
	'Huawei' => ['Huavey', 'Huavey'], 'PlayStation' => ['Pleysteyşın', 'Pleysteyşn'],
	'Ray-Ban' => ['Rey Ben', 'Reyben'], 'Levi\'s' => [undef, 'Livays'],
);
my %KA = (
	'Dyson' => 'დაისონი', 'AirPods' => 'ეარპოდსი', 'iPhone' => 'აიფონი', 'Apple' => 'ეპლი',
	'Samsung' => 'სამსუნგი', 'Xiaomi' => 'შაომი', 'Sony' => 'სონი', 'Bose' => 'ბოუზი',
	'JBL' => 'ჯიბიელი', 'Philips' => 'ფილიპსი', 'Braun' => 'ბრაუნი', 'Nike' => 'ნაიკი',
	'Adidas' => 'ადიდასი', 'Puma' => 'პუმა', 'Gucci' => 'გუჩი', 'Chanel' => 'შანელი',
	'Louis Vuitton' => 'ლუი ვიტონი', 'Rolex' => 'როლექსი', 'Casio' => 'კასიო', 'Lego' => 'ლეგო',
	'Nivea' => 'ნივეა', 'Huawei' => 'ჰუავეი', 'Lenovo' => 'ლენოვო', 'PlayStation' => 'ფლეისთეიშენი',
	'Ray-Ban' => 'რეი ბენი', 'Levi\'s' => 'ლივაისი',
);

# natural split points for spacing disguises
my %SPLIT = (
	'AirPods' => ['Air', 'Pods'], 'iPhone' => ['i', 'Phone'], 'PlayStation' => ['Play', 'Station'],
	'Samsung' => ['Sam', 'sung'], 'Xiaomi' => ['Xiao', 'mi'], 'Huawei' => ['Hua', 'wei'],
	'Lenovo' => ['Leno', 'vo'], 'Adidas' => ['Adi', 'das'], 'Dyson' => ['Dy', 'son'],
	'Philips' => ['Phi', 'lips'], 'Rolex' => ['Ro', 'lex'],
);

# colours and extras per language
my %COLOR = (
	ru => ['черный', 'белый', 'серый', 'синий', 'розовый', 'бежевый'],
	kk => ['қара', 'ақ', 'сұр', 'көк', 'қызғылт'],
	en => ['Black', 'White', 'Silver', 'Navy', 'Pink', 'Beige'],
	tr => ['Siyah', 'Beyaz', 'Gri', 'Lacivert', 'Pembe', 'Bej'],
	az => ['qara', 'ağ', 'boz', 'göy', 'çəhrayı'],
	ka => ['შავი', 'თეთრი', 'ნაცრისფერი', 'ლურჯი', 'ვარდისფერი'],
	zh => ['黑色', '白色', '灰色', '蓝色', '粉色'],
);
my %EXTRA = (
	ru => ['новинка', 'хит продаж', 'в наличии', 'быстрая доставка', 'гарантия 1 год', 'оригинал', 'подарок'],
	kk => ['жаңа', 'тегін жеткізу', 'түпнұсқа', 'кепілдікпен', 'сапалы', 'бөліп төлеу'],
	en => ['New', 'Free Shipping', 'Original', '2024', 'In Stock', 'Gift'],
	tr => ['Orijinal', 'Faturalı', '2 Yıl Garantili', 'Yeni Sezon', 'Hızlı Kargo', 'Unisex', 'Erkek', 'Kadın'],
	az => ['yeni', 'orijinal', 'çatdırılma pulsuz', 'kreditlə', 'zəmanətli', 'endirimdə'],
	ka => ['ახალი', 'ორიგინალი', 'გარანტიით', 'უფასო მიწოდება', 'განვადებით'],
	zh => ['正品', '包邮', '新款', '现货', '2024新款', '男女同款', '跨境专供', '批发'],
);
# counterfeit cues: [as written, label]
my %CUE = (
	ru => [['реплика', 'реплика'], ['копия', 'копия'], ['люкс копия', 'люкс копия'], ['1:1', '1:1'], ['качество AAA', 'aaa'], ['не оригинал', 'не оригинал'], ['муляж', 'муляж']],
	kk => [['көшірме', 'көшірме'], ['реплика', 'реплика'], ['1:1', '1:1'], ['түпнұсқа емес', 'түпнұсқа емес'], ['люкс көшірме', 'люкс көшірме']],
	en => [['Replica', 'replica'], ['1:1', '1:1'], ['AAA Quality', 'aaa'], ['High Copy', 'high copy'], ['Dupe', 'dupe'], ['Mirror Quality', 'mirror quality'], ['First Copy', 'first copy']],
	tr => [['Replika', 'replika'], ['A Kalite', 'a kalite'], ['AAA Kalite', 'aaa'], ['Birebir', 'birebir'], ['1:1', '1:1'], ['Kopya', 'kopya']],
	az => [['replika', 'replika'], ['kopya', 'kopya'], ['lüks kopya', 'lüks kopya'], ['1:1', '1:1'], ['orijinal deyil', 'orijinal deyil']],
	ka => [['რეპლიკა', 'რეპლიკა'], ['ასლი', 'ასლი'], ['1:1', '1:1'], ['ლუქს ასლი', 'ლუქს ასლი']],
	zh => [['高仿', '高仿'], ['复刻', '复刻'], ['A货', 'a货'], ['1:1', '1:1'], ['原单', '原单'], ['精仿', '精仿'], ['莆田', '莆田']],
);
my %JUR = (ru => ['KZ', 'RU', 'KZ', 'RU', 'BY', 'KG'], kk => ['KZ'], en => ['KZ', 'AZ', 'GE', 'AM', 'UZ', 'CN'],
	tr => ['TR'], az => ['AZ'], ka => ['GE'], zh => ['CN']);
my %SELLER = (
	ru => ['ИП Ахметов', 'ТехноМир', 'ООО Гаджет Плюс', 'Мир Брендов', 'ShopKZ', 'ИП Ким Е.В.', 'Стиль&Мода', 'Электроника Онлайн'],
	kk => ['ЖК Сейткали', 'Алматы Гаджет', 'Қазақ Маркет', 'ТОО Нұр Трейд', 'Astana Store'],
	en => ['GlobalDeals', 'BestBuyHub', 'TopGadget Store', 'Silk Road Trading', 'Eurasia Outlet'],
	tr => ['Moda Dünyası', 'TeknoSa Plus', 'Kargo Bedava Ltd', 'Ayakkabı Sepeti', 'Elif Butik'],
	az => ['Baku Electronics MMC', 'Gənclik Mağaza', 'Tap Store AZ', 'Əli Texnika', 'Umico Partner 114'],
	ka => ['ტექნო სახლი', 'Tbilisi Shop', 'მოდა+', 'GeoGadget', 'ზუგდიდის მაღაზია'],
	zh => ['深圳华强北数码', '莆田鞋业', '义乌小商品批发', '广州白云皮具', '东莞电子厂店', '潮牌优选'],
);

# ---------------------------------------------------------------------------
# disguises

my %CYRH = (a => 'а', c => 'с', e => 'е', o => 'о', p => 'р', x => 'х', y => 'у', i => 'і', j => 'ј', s => 'ѕ',
	A => 'А', B => 'В', C => 'С', E => 'Е', H => 'Н', K => 'К', M => 'М', O => 'О', P => 'Р', T => 'Т', X => 'Х', Y => 'У', I => 'І', S => 'Ѕ', J => 'Ј');
my %GRKH = (o => 'ο', v => 'ν', i => 'ι', u => 'υ', A => 'Α', B => 'Β', E => 'Ε', H => 'Η', I => 'Ι', K => 'Κ', M => 'Μ', N => 'Ν', O => 'Ο', P => 'Ρ', T => 'Τ', X => 'Χ', Y => 'Υ', Z => 'Ζ');
my %DIGH = (o => '0', O => '0', i => '1', l => '1', I => '1', e => '3', E => '3', a => '4', A => '4', s => '5', S => '$', B => '8', g => '9', t => '7');
my %SYMH = (a => '@', s => '$', S => '$', i => '!', o => '()');

# subst(word, map, max): replace up to max letters (at least one) found in map
sub subst
{
	my ($w, $map, $max) = @_;
	my @ch = split //, $w;
	my @pos = grep { exists $map->{$ch[$_]} } 0 .. $#ch;
	return undef unless @pos;
	my $n = 1 + rnd($max < @pos ? $max : scalar @pos);
	for (1 .. $n)
	{
		my $k = rnd(scalar @pos);
		my $p = splice(@pos, $k, 1);
		$ch[$p] = $map->{$ch[$p]};
	}
	return join '', @ch;
}

# casing(word): as registered, upper or (sometimes) lower case
sub casing
{
	my ($w) = @_;
	my $r = rnd(10);
	return uc($w) if $r < 3;
	return lc($w) if $r < 4;
	return $w;
}

# homoglyph(mark): the mark with look-alike letters
sub homoglyph
{
	my ($m) = @_;
	for (1 .. 20)
	{
		my $s = wpick(['cyr', 30], ['cyrall', 8], ['grk', 10], ['dig', 22], ['sym', 6], ['full', 10], ['trk', 7], ['math', 3], ['mix', 6]);
		my $w = chance(30) ? uc($m) : $m;
		my $r;
		if ($s eq 'cyr') { $r = subst($w, \%CYRH, 2); }
		elsif ($s eq 'cyrall') { $r = subst($w, \%CYRH, 99); }
		elsif ($s eq 'grk') { $r = subst($w, \%GRKH, 2); }
		elsif ($s eq 'dig') { $r = subst($w, \%DIGH, 2); }
		elsif ($s eq 'sym') { $r = subst($w, \%SYMH, 1); }
		elsif ($s eq 'full')
		{
			$r = join '', map { /[A-Za-z0-9]/ ? chr(ord($_) + 0xFEE0) : $_ } split //, $w;
		}
		elsif ($s eq 'trk')
		{
			next unless $w =~ /i/;
			$r = $w;
			$r =~ s/i/ı/;
		}
		elsif ($s eq 'math')
		{
			$r = join '', map {
				/[A-Z]/ ? chr(0x1D400 + ord($_) - 65) : /[a-z]/ ? chr(0x1D41A + ord($_) - 97) : $_
			} split //, $w;
		}
		else
		{
			my $t = subst($w, \%CYRH, 1);
			$r = defined $t ? subst($t, \%DIGH, 1) : undef;
		}
		return $r if defined $r && $r ne $w;
	}
	return subst($m, \%CYRH, 1) // subst(uc $m, \%CYRH, 1);
}

# spacing(mark): separators inside the mark, split or joined words
sub spacing
{
	my ($m) = @_;
	if ($m eq 'Louis Vuitton')
	{
		return pick('LouisVuitton', 'Louis-Vuitton', 'LOUIS.VUITTON', 'Louis_Vuitton', 'L o u i s V u i t t o n', 'Louis Vuit ton', 'LouisVUITTON');
	}
	if ($m eq 'Ray-Ban')
	{
		return pick('RayBan', 'Ray Ban', 'RAYBAN', 'Ray_Ban', 'Ray–Ban', 'R a y - B a n', 'Ray.Ban', 'Ray Ban');
	}
	if ($m eq 'Levi\'s')
	{
		return pick('Levis', 'LEVIS', 'Levi`s', 'Levi’s', 'Levi s', 'Levi´s', 'L E V I S', 'Levi-s');
	}
	my $w = casing($m);
	my $s = wpick(['letters', 25], ['sep', 25], ['split', 25], ['zw', 8], ['one', 17]);
	$s = 'one' if $s eq 'split' && !$SPLIT{$m};
	if ($s eq 'letters')
	{
		return join ' ', split //, $w;
	}
	if ($s eq 'sep')
	{
		my $sep = pick('.', '-', '*', '_', '·', '/');
		my $r = join $sep, split //, $w;
		$r .= '.' if $sep eq '.' && chance(50);
		return $r;
	}
	if ($s eq 'split')
	{
		my ($a, $b) = @{$SPLIT{$m}};
		my $r = $a . pick(' ', '-', ' ', '_', '. ') . $b;
		return $w eq uc($m) ? uc($r) : $w eq lc($m) ? lc($r) : $r;
	}
	if ($s eq 'zw')
	{
		my @c = split //, $w;
		my $p = 1 + rnd(@c - 1);
		splice(@c, $p, 0, pick("\x{200B}", "\x{200C}", "\x{00AD}"));
		return join '', @c;
	}
	# one separator at one place
	my @c = split //, $w;
	my $p = 1 + rnd(@c - 1);
	splice(@c, $p, 0, pick(' ', '-', '.', '*', ' '));
	return join '', @c;
}

# damerau1(a, b): true when a and b are one Damerau edit apart (case-blind)
sub damerau1
{
	my ($a, $b) = map { lc } @_;
	return 0 if $a eq $b;
	my ($la, $lb) = (length $a, length $b);
	return 0 if abs($la - $lb) > 1;
	if ($la == $lb)
	{
		my @d = grep { substr($a, $_, 1) ne substr($b, $_, 1) } 0 .. $la - 1;
		return 1 if @d == 1;
		return 1 if @d == 2 && $d[1] == $d[0] + 1
			&& substr($a, $d[0], 1) eq substr($b, $d[1], 1) && substr($a, $d[1], 1) eq substr($b, $d[0], 1);
		return 0;
	}
	my ($s, $l) = $la < $lb ? ($a, $b) : ($b, $a);
	for my $i (0 .. length($l) - 1)
	{
		return 1 if substr($l, 0, $i) . substr($l, $i + 1) eq $s;
	}
	return 0;
}

my %KBD = (q => 'wa', w => 'qes', e => 'wrd', r => 'etf', t => 'ryg', y => 'tuh', u => 'yij', i => 'uok', o => 'ipl', p => 'ol',
	a => 'qsz', s => 'adwx', d => 'sfe', f => 'dgr', g => 'fht', h => 'gjy', j => 'hku', k => 'jli', l => 'ko',
	z => 'xa', x => 'zcs', c => 'xvd', v => 'cbf', b => 'vng', n => 'bmh', m => 'nj');
# words a typo must not land on (ordinary words used as negatives)
my %NOTYPO = map { $_ => 1 } qw(channel sonny rose boss nike lego bose ego leo nika niva sonya);

# typo(mark): one Damerau edit of one word of the mark, a letter kept
sub typo
{
	my ($m) = @_;
	for (1 .. 50)
	{
		my @w = split / /, $m;
		my $wi = rnd(scalar @w);
		my $x = $w[$wi];
		my @c = split //, $x;
		next if @c < 3;
		my $op = @c < 4 ? wpick(['dbl', 50], ['swap', 50])
			: wpick(['del', 30], ['dbl', 25], ['swap', 20], ['sub', 25]);
		my $p = 1 + rnd(@c - 1);
		# never touch an apostrophe or hyphen (that is 'spacing')
		next if $c[$p] =~ /['\-]/ || ($p < $#c && $c[$p + 1] =~ /['\-]/ && $op eq 'swap');
		if ($op eq 'del') { splice(@c, $p, 1); }
		elsif ($op eq 'dbl') { splice(@c, $p, 0, $c[$p]); }
		elsif ($op eq 'swap')
		{
			next if $p >= @c - 1 && $p < 1;
			$p = $p - 1 if $p == @c - 1;
			@c[$p, $p + 1] = @c[$p + 1, $p];
		}
		else
		{
			my $k = $KBD{lc $c[$p]} or next;
			my $n = substr($k, rnd(length $k), 1);
			$c[$p] = $c[$p] =~ /[A-Z]/ ? uc $n : $n;
		}
		my $y = join '', @c;
		next if $y =~ /[^A-Za-z'\-]/ || $y =~ /^['\-]|['\-]$/;
		next if $NOTYPO{lc $y};
		next unless damerau1($x, $y);
		$w[$wi] = $y;
		my $r = join ' ', @w;
		next if lc($r) eq lc($m);
		return chance(15) ? uc($r) : $r;
	}
	die "no typo for $m\n";
}

# translit(mark, lang): a phonetic form in the language's script, or undef
sub translit
{
	my ($m, $lang) = @_;
	if ($lang eq 'ru' || $lang eq 'kk')
	{
		return $CYR{$m} ? pick(@{$CYR{$m}}) : undef;
	}
	if ($lang eq 'tr' || $lang eq 'az')
	{
		return undef unless $TRAZ{$m};
		return $TRAZ{$m}[$lang eq 'tr' ? 0 : 1];
	}
	return $KA{$m} if $lang eq 'ka';
	return @{$ALIAS{$m}} ? pick(@{$ALIAS{$m}}) : undef if $lang eq 'zh' || $lang eq 'en';
	return undef;
}

# ---------------------------------------------------------------------------
# GTIN

# gtin13(first12): with its check digit
sub gtin13
{
	my ($d) = @_;
	my $s = 0;
	my @c = split //, $d;
	$s += $c[$_] * ($_ % 2 ? 3 : 1) for 0 .. 11;
	return $d . ((10 - $s % 10) % 10);
}

# gtin_for(mark): holder prefix, a Chinese or other prefix
sub gtin_for
{
	my ($m) = @_;
	my $p;
	if ($m && chance(55)) { $p = pick(@{$PREFIX{$m}}); }
	else { $p = pick('690', '693', '694', '695', '460', '487', '869', '476', '486') . sprintf('%04d', rnd(10000)); }
	return gtin13($p . sprintf('%0*d', 12 - length $p, rnd(10 ** (12 - length $p))));
}

# ---------------------------------------------------------------------------
# titles

# title(lang, M, model, noun key, cue [text,label] or undef): a product title
sub title
{
	my ($lang, $M, $model, $nk, $cue) = @_;
	my $n = noun($nk, $lang);
	my $mm = $model eq '' ? $M : "$M $model";
	my $col = pick(@{$COLOR{$lang}});
	my $ext = $cue ? undef : (chance(40) ? pick(@{$EXTRA{$lang}}) : undef);
	my $t;
	if ($lang eq 'zh')
	{
		my $sp = chance(40) ? ' ' : '';
		$t = pick("$mm$sp$n", "$n$sp$mm", "${mm}$sp$n$sp$col");
		$t = pick('2024新款', '【正品】', '官方') . $t if chance(20) && !$cue;
		$t .= ($t =~ /[A-Za-z0-9]$/ ? ' ' : $sp) . pick(@{$EXTRA{zh}}) if chance(40) && !$cue;
		if ($cue)
		{
			my $c = $cue->[0];
			$t = chance(50) ? "$c$sp$t" : "$t$sp$c";
		}
		return $t;
	}
	my $lcn = $lang eq 'en' || $lang eq 'tr' ? $n : lc($n);
	if ($lang eq 'ru')
	{
		$t = pick("$n $mm", "$n $mm, $col", "$mm $lcn", "$n $mm $col");
	}
	elsif ($lang eq 'kk')
	{
		$t = pick("$mm $lcn", "$mm $lcn $col", "$n $mm", "$mm, $lcn");
	}
	elsif ($lang eq 'en')
	{
		$t = pick("$mm $n", "$mm $n - $col", "$mm $n, $col", "New $mm $n");
	}
	elsif ($lang eq 'tr')
	{
		$t = pick("$mm $n", "$mm $n $col", "$mm $col $n", "$n $mm");
	}
	elsif ($lang eq 'az')
	{
		$t = pick("$mm $lcn", "$mm", "$mm, $col", "$lcn $mm");
	}
	else
	{
		$t = pick("$mm $lcn", "$lcn $mm", "$mm $col", "$mm - $lcn");
	}
	$t .= pick(', ', ' ', ' | ') . $ext if $ext;
	if ($cue)
	{
		my $c = $cue->[0];
		my $r = rnd(4);
		if ($r == 0) { $t = "$c $t"; }
		elsif ($r == 1) { $t = "$t $c"; }
		elsif ($r == 2) { $t = "$t ($c)"; }
		else { $t = "$t, $c"; }
	}
	return $t;
}

# ---------------------------------------------------------------------------
# rows

my @ROWS;

# row(%f): one corpus row
sub row
{
	my (%f) = @_;
	my $lang = $f{lang};
	my $m = $f{mark};
	my $seller = chance(75) ? pick(@{$SELLER{$lang}}) : '';
	my $jur = chance(85) ? pick(@{$JUR{$lang}}) : '';
	my $gtin = chance(30) ? gtin_for($m) : '';
	my $cls = exists $f{cls} ? $f{cls} : '';
	push @ROWS, [$f{listing}, $seller, $gtin, $jur, $cls, $m // '', $f{kind},
		$f{ref} ? 1 : 0, $f{cues} // '', $lang, $f{other} // ''];
}

# lang_for(weights...): a language by weight [ru kk en tr az ka zh]
sub lang_for
{
	my @w = @_;
	return wpick(map { [$LANGS[$_], $w[$_]] } 0 .. 6);
}

# positive(kind): one positive listing of a disguise kind
sub positive
{
	my ($kind) = @_;
	my @w = $kind eq 'transliteration' ? (24, 15, 3, 15, 15, 13, 15) : (25, 12, 16, 14, 12, 9, 12);
	my ($lang, $m, $form);
	for (1 .. 100)
	{
		$lang = lang_for(@w);
		$m = pick(@MARKS);
		if ($kind eq 'exact') { $form = casing($m); }
		elsif ($kind eq 'spacing') { $form = spacing($m); }
		elsif ($kind eq 'homoglyph') { $form = homoglyph($m); }
		elsif ($kind eq 'typo') { $form = typo($m); }
		else { $form = translit($m, $lang); }
		last if defined $form;
	}
	die "no form for $kind\n" unless defined $form;
	my $p = pick(@{$PROD{$m}});
	my ($nk, $cls, @models) = @$p;
	my $model = chance(85) ? pick(@models) : '';
	my $other;
	# zh exact: often the Chinese name next to the Latin mark (same mark)
	if ($lang eq 'zh' && $kind eq 'exact' && @{$ALIAS{$m}} && chance(45))
	{
		$form = $form . pick(@{$ALIAS{$m}});
	}
	# a second mark written as is before it (Apple iPhone, Sony PlayStation)
	if ($PRE{$m} && chance(40))
	{
		my $pre = $PRE{$m};
		if ($lang eq 'zh' && @{$ALIAS{$pre}} && chance(60)) { $form = $ALIAS{$pre}[0] . $form; }
		else { $form = "$pre $form"; }
		$other = $pre;
	}
	my $cue = chance(28) ? pick(@{$CUE{$lang}}) : undef;
	my %r = (lang => $lang, mark => $m, kind => $kind, other => $other,
		listing => title($lang, $form, $model, $nk, $cue), cues => $cue ? $cue->[1] : undef);
	$r{cls} = $cls if $cls && chance(55);
	row(%r);
}

# referential(): an accessory naming what it fits
sub referential
{
	my $lang = lang_for(25, 13, 17, 14, 12, 9, 10);
	my ($m, $ak, @models) = @{pick(@REF)};
	my $model = pick(@models);
	my $acc = $ACC{$ak};
	my $an = $acc->[1 + $LI{$lang}];
	my $form = $m;
	my $other;
	if (($lang eq 'ru' || $lang eq 'kk') && $REFCYR{$m} && chance(30))
	{
		$form = $lang eq 'kk' ? $CYR{$m}[0] : pick(@{$REFCYR{$m}});
		# 'PS' is not the mark: keep the transliteration
		$form = $CYR{$m}[0] if $form eq 'PS';
	}
	elsif ($lang eq 'zh' && @{$ALIAS{$m}} && chance(45))
	{
		$form = pick(@{$ALIAS{$m}});
	}
	elsif ($lang eq 'zh' && $PRE{$m} && chance(40))
	{
		$form = $ALIAS{$PRE{$m}}[0] ? $ALIAS{$PRE{$m}}[0] . $m : "$PRE{$m} $m";
		$other = $PRE{$m};
	}
	elsif ($PRE{$m} && chance(25))
	{
		$form = "$PRE{$m} $m";
		$other = $PRE{$m};
	}
	my $M = $model eq '' ? $form : ($lang eq 'zh' ? "$form$model" : "$form $model");
	my $t = pick(@{$REFT{$lang}});
	$t =~ s/\{A\}/$an/;
	$t =~ s/\{M\}/$M/;
	$t .= ', ' . pick(@{$COLOR{$lang}}) if $lang ne 'zh' && chance(25);
	$t .= pick(@{$EXTRA{$lang}}) if $lang eq 'zh' && chance(30);
	my %r = (lang => $lang, mark => $m, kind => 'referential', ref => 1, listing => $t, other => $other);
	$r{cls} = $acc->[0] if $acc->[0] && in_class($m, $acc->[0]) && chance(55);
	row(%r);
}

# negatives: [lang, class (0: sometimes none), title]; class required when
# the title rests on it (the mark's word outside its classes)
my @NEAR = (
	['en', 16, 'Mike Tyson Poster 50x70'], ['en', 16, 'Dixon Ticonderoga Pencils #2 HB, 24 Pack'],
	['en', 11, 'Bison Pro Gas Grill 4 Burner'], ['en', 16, 'Richard Nixon: The Life, Hardcover'],
	['en', 18, 'Airport Luggage Tags Set of 4'], ['en', 21, 'Coffee Airpot 2.5L Pump Dispenser'],
	['en', 9, 'Boss Katana 50 MkII Guitar Amplifier'], ['en', 9, 'Samson Q2U USB Dynamic Microphone'],
	['en', 9, 'Nikon Coolpix P950 Camera'], ['en', 9, '4-Channel Car Amplifier 1200W'],
	['en', 8, 'Pineapple Corer Slicer Stainless Steel'], ['en', 9, 'Rose Gold Phone Ring Holder'],
	['en', 28, 'Pumba Plush Toy 30 cm'], ['en', 28, 'Casino Poker Chip Set 500 pcs'],
	['en', 25, 'Brown Leather Belt Men 120 cm'], ['en', 28, 'Sonic the Hedgehog Action Figure'],
	['en', 7, 'EGO Power+ 56V Battery 5Ah'], ['en', 28, 'Levi Ackerman Figure Attack on Titan'],
	['en', 9, 'Louis Armstrong What a Wonderful World Vinyl LP'], ['en', 12, 'Niva 4x4 Roof Rack'],
	['en', 20, 'Relax Recliner Chair Grey'], ['en', 8, 'Phillips Screwdriver PH2 x 100 mm'],
	['ru', 8, 'Отвертка крестовая Phillips PH2'], ['ru', 25, 'Пижама детская Соня, хлопок'],
	['ru', 16, 'Дэн Браун. Код да Винчи, книга'], ['ru', 12, 'Коврики в салон Нива 4x4'],
	['ru', 20, 'Статуэтка Ника Самофракийская'], ['ru', 20, 'Кресло-качалка Relax'],
	['ru', 28, 'Мягкая игрушка Пумба 35 см'], ['ru', 28, 'Набор для покера Казино 300 фишек'],
	['ru', 16, 'Постер Майк Тайсон'], ['ru', 9, 'Микрофон Samson Q2U'], ['ru', 9, 'Гитарный комбоусилитель Boss Katana'],
	['ru', 9, 'Усилитель 4-канальный автомобильный'], ['ru', 21, 'Нож для ананаса Pineapple'],
	['ru', 16, 'Книга Льва Толстого Война и мир'], ['ru', 25, 'Ремень кожаный Brown'],
	['kk', 16, 'Майк Тайсон плакаты'], ['kk', 25, 'Соня балалар пижамасы'], ['kk', 12, 'Нива көлігіне арналған кілемше'],
	['kk', 28, 'Пумба жұмсақ ойыншық'], ['kk', 28, 'Казино покер жиынтығы'], ['kk', 8, 'Phillips PH2 бұрағыш'],
	['tr', 8, 'Phillips Yıldız Tornavida PH2'], ['tr', 9, 'Boss Katana Gitar Amfisi'], ['tr', 28, 'Casino Poker Seti 200 Fiş'],
	['tr', 28, 'Pumba Peluş Oyuncak'], ['tr', 9, 'Samson Q2U Mikrofon'], ['tr', 9, 'Rose Gold Telefon Yüzüğü'],
	['tr', 21, 'Airpot Termos 3 Lt'], ['tr', 16, 'Mike Tyson Poster'],
	['az', 8, 'Phillips tornavida dəsti'], ['az', 12, 'Niva üçün disk'], ['az', 28, 'Pumba yumşaq oyuncaq'],
	['az', 28, 'Kazino poker dəsti'], ['az', 28, 'Tayson boks əlcəyi'], ['az', 9, 'Boss Katana gitara gücləndiricisi'],
	['ka', 28, 'კაზინოს პოკერის ნაკრები'], ['ka', 28, 'პუმბა რბილი სათამაშო'], ['ka', 12, 'ნივა - ავტომობილის ნაწილები'],
	['ka', 8, 'Phillips სახრახნისი PH2'], ['ka', 9, 'Samson Q2U მიკროფონი'],
);
my @OUTCLASS = (
	['en', 30, 'Apple Cider Vinegar 500 ml'], ['en', 3, 'Green Apple Shampoo 400 ml'], ['en', 5, 'Apple Cider Vinegar Gummies'],
	['en', 16, 'Nike of Samothrace Art Print'], ['en', 16, 'Bose-Einstein Condensation, Textbook'],
	['en', 16, 'Coco Chanel: The Legend and the Life, Paperback'], ['en', 16, 'Freeman Dyson: Disturbing the Universe'],
	['en', 32, 'Apple Juice 1 L'], ['ru', 16, 'Постер Пума в горах'], ['ru', 30, 'Торт Лего на день рождения'],
	['ru', 16, 'Книга Коко Шанель. Биография'], ['ru', 31, 'Яблоки Голден 1 кг'], ['ru', 32, 'Сок Apple 0,2 л'],
	['ru', 16, 'Фримен Дайсон. Мир, тело и ум, книга'], ['kk', 16, 'Пума бейнеленген постер'], ['kk', 30, 'Лего торты'],
	['tr', 16, 'Coco Chanel Biyografi Kitabı'], ['tr', 30, 'Apple Elma Sirkesi 500 ml'], ['az', 16, 'Koko Şanel kitabı'],
	['ka', 16, 'კოკო შანელი - ბიოგრაფია, წიგნი'], ['zh', 30, '东北黄小米 新米 5斤装'], ['zh', 31, '烟台红富士苹果 新鲜水果 10斤'],
	['zh', 25, '博士帽 学位服 毕业'], ['zh', 30, '小米粥 速食 杂粮'], ['zh', 32, '苹果醋饮料 整箱'], ['zh', 20, '三星堆 青铜面具 摆件'],
	['en', 9, 'House of Gucci Blu-ray'], ['ru', 9, 'Фильм Дом Gucci, Blu-ray'], ['zh', 31, '阿克苏冰糖心苹果 5斤'],
);
# other brands by noun: [noun key, brand model...]
my @OTHER = (
	['vacuum', 'Dreame V12', 'Tineco Pure One S15', 'Karcher VC 4s', 'Roborock H7', 'Kitfort KT-5139'],
	['dryer', 'Rowenta CV5820', 'Babyliss 6713DE', 'Scarlett SC-HD70', 'Polaris PHD 2077i'],
	['buds', 'Soundcore Liberty 4', 'QCY T13', 'Nothing Ear (2)', 'Realme Buds T300', 'Hoco EW05'],
	['phones', 'Sennheiser HD 450BT', 'Marshall Major IV', 'Skullcandy Hesh ANC'],
	['phone', 'Honor X9b', 'Realme C67', 'Tecno Spark 20', 'Infinix Hot 40', 'Oppo A79', 'Vivo Y36'],
	['speaker', 'Marshall Emberton II', 'Tronsmart T7', 'Edifier MP230', 'Sven PS-470'],
	['tv', 'Hisense 55A6K', 'TCL 50P635', 'LG 43UR78006LK', 'Haier 55 Smart TV S1'],
	['laptop', 'Asus Vivobook 15', 'Acer Aspire 3', 'HP 250 G9', 'MSI Modern 15', 'Dell Inspiron 3520'],
	['swatch', 'Amazfit GTR 4', 'Garmin Forerunner 265', 'Mibro Lite 2'],
	['shaver', 'Remington F5000', 'Panasonic ES-RT37'],
	['sneakers', 'New Balance 574', 'Asics Gel-Kayano 30', 'Skechers Go Walk', 'Fila Disruptor', 'Reebok Club C'],
	['hoodie', 'Columbia Logo', 'The North Face Drew Peak', 'Kappa Authentic'],
	['bag', 'Michael Kors Jet Set', 'Guess Noelle', 'Coach Tabby', 'Furla Metropolis'],
	['perfume', 'Zara Red Temptation', 'Lattafa Khamrah', 'Montale Intense Cafe'],
	['watch', 'Tissot PRX', 'Seiko 5 Sports', 'Orient Bambino', 'Citizen Eco-Drive'],
	['jeans', 'Mavi Jake', 'Colin\'s 067 Jack', 'LC Waikiki Slim Fit', 'Koton Straight'],
	['bricks', 'Mould King 13112', 'Cobi Tiger', 'Playmobil City Life', 'Sluban Army'],
	['cream', 'CeraVe Moisturising', 'La Roche-Posay Cicaplast', 'Garnier SkinActive', 'Mixit'],
	['fryer', 'Tefal Easy Fry', 'Cosori CP158', 'Redmond RAG-2401'],
	['glasses', 'Polaroid PLD 2121', 'Oakley Holbrook', 'Carrera 1001'],
);
my @GENERIC = (
	['ru', 'Наушники беспроводные TWS с шумоподавлением'], ['ru', 'Чехол-книжка для телефона, экокожа'],
	['ru', 'Кроссовки мужские летние сетка'], ['ru', 'Сумка шоппер холщовая'], ['ru', 'Часы наручные кварцевые мужские'],
	['kk', 'Балаларға арналған құрастырмалы ойыншық 500 бөлшек'], ['kk', 'Әйелдерге арналған сөмке'],
	['en', 'Wireless Bluetooth Earbuds with Charging Case'], ['en', 'Men\'s Running Shoes Lightweight'],
	['en', 'USB-C Fast Charger 65W GaN'], ['en', 'Women\'s Crossbody Bag PU Leather'],
	['tr', 'Erkek Spor Ayakkabı Günlük'], ['tr', 'Kadın Omuz Çantası Suni Deri'], ['tr', 'Kablosuz Bluetooth Kulaklık'],
	['az', 'simsiz qulaqlıq bluetooth 5.3'], ['az', 'qadın çantası dəri'], ['az', 'uşaq konstruktoru 300 hissə'],
	['ka', 'უსადენო ყურსასმენი'], ['ka', 'ქალის ჩანთა ტყავის'], ['ka', 'მამაკაცის სპორტული ფეხსაცმელი'],
	['zh', '无线蓝牙耳机 运动跑步 超长续航'], ['zh', '女士斜挎包 2024新款 百搭'], ['zh', '男士运动鞋 透气 跑步鞋'],
	['zh', '儿童积木 拼装玩具 益智'], ['zh', '智能手表 运动手环 心率监测'],
	['ru', 'Реплика меча из Ведьмака, сувенир'], ['en', 'Star Wars Lightsaber Replica Prop'],
);

# negative(): one negative listing
sub negative
{
	my $r = rnd(100);
	my ($lang, $cls, $t, $cue);
	if ($r < 30)
	{
		($lang, $cls, $t) = @{pick(@NEAR)};
		$cls = 0 if chance(45);
	}
	elsif ($r < 50)
	{
		($lang, $cls, $t) = @{pick(@OUTCLASS)};
	}
	elsif ($r < 82)
	{
		my ($nk, @b) = @{pick(@OTHER)};
		$lang = lang_for(25, 12, 16, 14, 12, 9, 12);
		my $b = pick(@b);
		my ($brand, @rest) = split / /, $b;
		$t = title($lang, $brand, join(' ', @rest), $nk, undef);
		$cls = 0;
	}
	else
	{
		($lang, $t) = @{pick(@GENERIC)};
		$cls = 0;
	}
	$t .= ($lang eq 'zh' ? ' ' : ', ') . pick(@{$COLOR{$lang}}) if chance(30) && $r < 30;
	my %f = (lang => $lang, kind => 'negative', listing => $t);
	$f{cues} = 'replica' if $t =~ /Replica/;
	$f{cues} = 'реплика' if $t =~ /Реплика/;
	# the class is given on every out-of-class title, on about half of the rest
	$f{cls} = $cls if $cls && ($r >= 30 && $r < 50 || chance(80));
	row(%f);
}

# ---------------------------------------------------------------------------
# plan: listings per kind at scale 1

my @PLAN = (['exact', 300], ['spacing', 260], ['homoglyph', 260], ['transliteration', 300],
	['typo', 260], ['referential', 240], ['negative', 430]);
my @jobs;
for my $p (@PLAN)
{
	push @jobs, ($p->[0]) x ($p->[1] * $SCALE);
}
# interleave kinds deterministically (Fisher-Yates with our PRNG)
for (my $i = $#jobs; $i > 0; $i--)
{
	my $j = rnd($i + 1);
	@jobs[$i, $j] = @jobs[$j, $i];
}
for my $k (@jobs)
{
	if ($k eq 'referential') { referential(); }
	elsif ($k eq 'negative') { negative(); }
	else { positive($k); }
}

# ---------------------------------------------------------------------------
# output

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
	for (@$r) { die "tab or newline in a field\n" if /[\t\n\x01]/; }
	print $out join("\t", ++$id, @$r), "\n";
}
close $out or die "write failed: $!\n";
