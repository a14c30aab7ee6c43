#!/usr/bin/perl
# test/trademark/gen_corpus.pl
#	Labelled corpus of marketplace listing titles for the trademark check
#	(issue 5 §4).  Deterministic (fixed seed, no hash-order dependence),
#	core Perl only.  Reads the marks from marks.tsv next to this script and
#	writes a tab-separated corpus with a header line:
#
#	  id		listing number, 1..N
#	  listing	the title, as a seller would write it
#	  seller	seller name or empty
#	  gtin		GTIN-13 (valid check digit) or empty
#	  jurisdiction	ISO 3166 code of the marketplace or empty
#	  nice_class	Nice class of the listing's category or empty
#	  expected_mark	the registered mark the title uses, or empty (negative)
#	  kind		exact, spacing, homoglyph, transliteration, typo,
#			referential or negative: how the expected mark is written
#	  referential	1 when the mark names what an accessory fits ("case for
#			AirPods"), else 0
#	  cues		counterfeit cue words in the title (comma-separated,
#			as written, lower case) or empty
#	  lang		language of the title: ru kk en tr az ka zh
#	  other_marks	further registered marks the title also uses as written
#			(e.g. Apple in "Apple AirPods Pro 2"), comma-separated; a
#			checker that reports them is not wrong
#
#	Usage: perl gen_corpus.pl [OUTFILE]   (default: standard output)
#	Environment: GEN_CORPUS_SEED (default 20240905), GEN_CORPUS_SCALE
#	(default 1: about 3,600 listings; 2 doubles every kind).
use strict;
use warnings;
use utf8;
use File::Basename qw(dirname);

my $SEED = $ENV{GEN_CORPUS_SEED} // 20240905;
my $SCALE = $ENV{GEN_CORPUS_SCALE} // 1;
srand($SEED);
binmode(STDERR, ':encoding(UTF-8)');

# --- marks -------------------------------------------------------------
my (@MARKS, %CLASSES, %PREFIXES);
{
	my $f = dirname(__FILE__) . '/marks.tsv';
	open(my $in, '<:encoding(UTF-8)', $f) or die "cannot read $f: $!\n";
	while (my $l = <$in>)
	{
		chomp $l;
		next if $l =~ /^#/ || $l eq '';
		my @c = split /\t/, $l, -1;
		push @MARKS, $c[0];
		$CLASSES{$c[0]} = [split /,/, $c[2]];
		$PREFIXES{$c[0]} = [split /,/, $c[5]];
	}
}

# pick LIST: one element, uniformly
sub pick { return $_[int(rand(@_))]; }

# chance P: true with probability P
sub chance { return rand() < $_[0]; }

# wpick [item, weight]...: weighted choice
sub wpick
{
	my $tot = 0;
	$tot += $_->[1] for @_;
	my $r = rand($tot);
	for (@_)
	{
		return $_->[0] if ($r -= $_->[1]) < 0;
	}
	return $_[-1][0];
}

# --- languages, nouns, tails ------------------------------------------
my @LANGS = qw(ru kk en tr az ka zh);
my @LANG_W = ([ru => 30], [kk => 15], [en => 20], [tr => 12], [az => 10], [ka => 7], [zh => 6]);
my %JUR = (ru => [qw(RU KZ KG BY)], kk => ['KZ'], en => [qw(KZ AZ GE TR CN UZ AM)],
		   tr => ['TR'], az => ['AZ'], ka => ['GE'], zh => ['CN']);

# category => class, nouns in ru kk en tr az ka zh
my %CAT = (
	hairdryer => [11, 'Фен', 'Шаш кептіргіш', 'Hair dryer', 'Saç kurutma makinesi', 'Saç qurudan', 'თმის საშრობი', '吹风机'],
	vacuum => [7, 'Пылесос беспроводной', 'Сымсыз шаңсорғыш', 'Cordless vacuum', 'Dikey süpürge', 'Simsiz tozsoran', 'მტვერსასრუტი', '吸尘器'],
	earbuds => [9, 'Наушники беспроводные', 'Сымсыз құлаққап', 'Wireless earbuds', 'Kablosuz kulaklık', 'Simsiz qulaqlıq', 'უსადენო ყურსასმენი', '无线耳机'],
	phone => [9, 'Смартфон', 'Смартфон', 'Smartphone', 'Akıllı telefon', 'Smartfon', 'სმარტფონი', '手机'],
	laptop => [9, 'Ноутбук', 'Ноутбук', 'Laptop', 'Dizüstü bilgisayar', 'Noutbuk', 'ლეპტოპი', '笔记本电脑'],
	speaker => [9, 'Портативная колонка', 'Портативті колонка', 'Portable speaker', 'Taşınabilir hoparlör', 'Portativ dinamik', 'პორტატული დინამიკი', '蓝牙音箱'],
	headphones => [9, 'Наушники', 'Құлаққап', 'Headphones', 'Kulaklık', 'Qulaqlıq', 'ყურსასმენი', '耳机'],
	shaver => [8, 'Электробритва', 'Электр ұстара', 'Electric shaver', 'Tıraş makinesi', 'Təraş maşını', 'წვერსაპარსი', '剃须刀'],
	toothbrush => [21, 'Электрическая зубная щётка', 'Электр тіс щеткасы', 'Electric toothbrush', 'Şarjlı diş fırçası', 'Elektrik diş fırçası', 'ელექტრო კბილის ჯაგრისი', '电动牙刷'],
	shoes => [25, 'Кроссовки', 'Спорт аяқ киімі', 'Sneakers', 'Spor ayakkabı', 'İdman ayaqqabısı', 'სპორტული ფეხსაცმელი', '运动鞋'],
	tracksuit => [25, 'Спортивный костюм', 'Спорт костюмі', 'Tracksuit', 'Eşofman takımı', 'İdman kostyumu', 'სპორტული კოსტიუმი', '运动服'],
	bag => [18, 'Сумка женская', 'Әйелдер сөмкесі', 'Handbag', 'Kadın çanta', 'Qadın çantası', 'ქალის ჩანთა', '女包'],
	perfume => [3, 'Духи', 'Әтір', 'Perfume', 'Parfüm', 'Ətir', 'სუნამო', '香水'],
	watch => [14, 'Часы наручные', 'Қол сағаты', 'Wrist watch', 'Kol saati', 'Qol saatı', 'მაჯის საათი', '手表'],
	smartwatch => [9, 'Смарт-часы', 'Смарт сағат', 'Smart watch', 'Akıllı saat', 'Ağıllı saat', 'სმარტ საათი', '智能手表'],
	toyset => [28, 'Конструктор', 'Құрастырғыш', 'Building set', 'Yapı seti', 'Konstruktor', 'კონსტრუქტორი', '积木'],
	cream => [3, 'Крем для лица', 'Бетке арналған крем', 'Face cream', 'Yüz kremi', 'Üz kremi', 'სახის კრემი', '面霜'],
	console => [9, 'Игровая приставка', 'Ойын консолі', 'Game console', 'Oyun konsolu', 'Oyun konsolu', 'სათამაშო კონსოლი', '游戏机'],
	sunglasses => [9, 'Солнцезащитные очки', 'Күннен қорғайтын көзілдірік', 'Sunglasses', 'Güneş gözlüğü', 'Günəş eynəyi', 'მზის სათვალე', '太阳镜'],
	jeans => [25, 'Джинсы мужские', 'Ерлер джинсысы', 'Jeans', 'Kot pantolon', 'Cins şalvar', 'ჯინსი', '牛仔裤'],
	tv => [9, 'Телевизор', 'Теледидар', 'Smart TV', 'Televizyon', 'Televizor', 'ტელევიზორი', '电视'],
	backpack => [18, 'Рюкзак', 'Арқа сөмке', 'Backpack', 'Sırt çantası', 'Bel çantası', 'ზურგჩანთა', '双肩包'],
);
my %LIDX = (ru => 1, kk => 2, en => 3, tr => 4, az => 5, ka => 6, zh => 7);

# mark => [[category, models...]...]
my %PRODUCTS = (
	'Dyson' => [['hairdryer', 'Supersonic HD08', 'Supersonic HD15', 'Airwrap Complete'], ['vacuum', 'V11', 'V15 Detect', 'V8 Absolute', 'Gen5detect']],
	'AirPods' => [['earbuds', 'Pro 2', 'Pro', '3', '2', 'Max']],
	'iPhone' => [['phone', '15 Pro Max 256GB', '14 128GB', '13', '16 Pro', '12 mini', '15 Plus']],
	'Apple' => [['laptop', 'MacBook Air M2', 'MacBook Pro 14'], ['smartwatch', 'Watch Series 9', 'Watch Ultra 2'], ['phone', 'iPhone 15']],
	'Samsung' => [['phone', 'Galaxy S24 Ultra', 'Galaxy A54', 'Galaxy Z Flip5'], ['tv', 'QLED 55"', 'Crystal UHD 43'], ['earbuds', 'Galaxy Buds2 Pro'], ['vacuum', 'Jet 75', 'Bespoke Jet']],
	'Xiaomi' => [['phone', 'Redmi Note 13', '14 Ultra', 'Poco X6'], ['smartwatch', 'Mi Band 8', 'Smart Band 9'], ['vacuum', 'Robot Vacuum S10', 'Mi Vacuum G10']],
	'Sony' => [['headphones', 'WH-1000XM5', 'WH-CH520'], ['tv', 'Bravia 55', 'Bravia XR 65'], ['earbuds', 'WF-1000XM4']],
	'Bose' => [['headphones', 'QuietComfort 45', 'QC Ultra', '700'], ['speaker', 'SoundLink Flex', 'SoundLink Mini II']],
	'JBL' => [['speaker', 'Charge 5', 'Flip 6', 'PartyBox 110', 'Go 3'], ['headphones', 'Tune 510BT', 'Live 660NC']],
	'Philips' => [['toothbrush', 'Sonicare 9900 Prestige', 'Sonicare DiamondClean'], ['shaver', 'Series 9000', 'OneBlade'], ['hairdryer', 'BHD350', 'Essential Care']],
	'Braun' => [['shaver', 'Series 9 Pro', 'Series 7', 'Series 5'], ['hairdryer', 'Satin Hair 7', 'Satin Hair 5']],
	'Nike' => [['shoes', 'Air Max 90', 'Air Force 1', 'Dunk Low', 'Air Jordan 1'], ['tracksuit', 'Tech Fleece', 'Club']],
	'Adidas' => [['shoes', 'Yeezy Boost 350', 'Superstar', 'Samba OG', 'Ultraboost 22'], ['tracksuit', 'Originals', 'Tiro 23']],
	'Puma' => [['shoes', 'Suede Classic', 'RS-X', 'Palermo'], ['tracksuit', 'Essentials', 'Classics']],
	'Gucci' => [['bag', 'Marmont', 'Dionysus', 'Jackie 1961'], ['perfume', 'Bloom 100ml', 'Guilty'], ['shoes', 'Ace', 'Rhyton']],
	'Chanel' => [['perfume', 'No 5', 'Coco Mademoiselle', 'Chance Eau Tendre', 'Bleu de'], ['bag', 'Classic Flap', 'Boy', '2.55']],
	'Louis Vuitton' => [['bag', 'Neverfull MM', 'Speedy 30', 'Keepall 55', 'Alma BB'], ['backpack', 'Discovery', 'Christopher']],
	'Rolex' => [['watch', 'Submariner', 'Daytona', 'Datejust 41', 'GMT-Master II', 'Oyster Perpetual']],
	'Casio' => [['watch', 'G-Shock GA-2100', 'Edifice EFR-526', 'F-91W', 'Vintage A168', 'Baby-G']],
	'Lego' => [['toyset', 'Technic 42115', 'Star Wars 75192', 'City 60337', 'Classic 11013', 'Friends 41730']],
	'Nivea' => [['cream', 'Soft 200ml', 'Creme 150ml', 'Q10 Power', 'Men']],
	'Huawei' => [['phone', 'P60 Pro', 'Mate 60', 'nova 11'], ['smartwatch', 'Watch GT 4', 'Band 8'], ['earbuds', 'FreeBuds Pro 3']],
	'Lenovo' => [['laptop', 'ThinkPad X1 Carbon', 'IdeaPad 3', 'Legion 5', 'Yoga Slim 7']],
	'PlayStation' => [['console', '5 Slim', '5 Pro', '4 Pro', '5 Digital Edition']],
	'Ray-Ban' => [['sunglasses', 'Wayfarer', 'Aviator', 'Clubmaster', 'Erika']],
	"Levi's" => [['jeans', '501 Original', '511 Slim', '505 Regular'], ['backpack', 'L Pack']],
);
for my $m (@MARKS)
{
	die "no products for $m\n" unless $PRODUCTS{$m};
}

my %TAILS = (
	ru => ['оригинал', 'новый', 'в наличии', 'доставка по Казахстану', 'гарантия 1 год', 'черный', 'белый', 'хит продаж', 'скидка', 'Алматы', 'Астана', 'новинка 2024'],
	kk => ['түпнұсқа', 'жаңа', 'тегін жеткізу', 'кепілдік', 'қара түсті', 'ақ түсті', 'жеңілдік', 'Алматы', 'қолда бар', 'сапасы жоғары'],
	en => ['original', 'new', 'brand new sealed', 'free shipping', 'black', 'white', 'best price', 'in stock', 'fast delivery', 'genuine'],
	tr => ['orijinal', 'sıfır', 'ücretsiz kargo', 'siyah', 'beyaz', 'garantili', 'indirimli', 'aynı gün kargo', 'yeni sezon'],
	az => ['orijinal', 'yeni', 'pulsuz çatdırılma', 'qara', 'ağ', 'zəmanətli', 'endirim', 'Bakı', 'mağazada var'],
	ka => ['ორიგინალი', 'ახალი', 'უფასო მიწოდება', 'შავი', 'თეთრი', 'გარანტია', 'ფასდაკლება', 'თბილისი'],
	zh => ['正品', '全新', '包邮', '黑色', '白色', '现货', '官方', '新款'],
);

# counterfeit cues as written in titles (the cues column gets them lower-cased)
my %CUES = (
	ru => ['реплика', 'копия', 'люкс копия', 'муляж', 'подделка', '1:1', 'точная копия', 'реплика 1:1'],
	kk => ['көшірме', 'реплика', 'көшірмесі', '1:1', 'люкс көшірме'],
	en => ['replica', 'copy', 'AAA', '1:1', 'lux copy', 'first copy', 'AAA replica', 'mirror copy'],
	tr => ['replika', 'kopya', 'birebir', 'A kalite', 'muadil', '1:1', 'birebir kopya'],
	az => ['replika', 'kopya', 'surət', '1:1', 'lüks kopya'],
	ka => ['რეპლიკა', 'ასლი', '1:1', 'კოპია'],
	zh => ['高仿', '复刻', '1:1', 'A货', '原单'],
);

my @SELLERS = ('TechShop KZ', 'ИП Ахметов', 'Mega Store', 'ТОО Алматы Трейд', 'ИП Сейткали', 'Brand Outlet',
	'Orijinal Mağaza', 'Bakı Elektronika', 'Tbilisi Gadgets', '深圳数码', 'Gadget House', 'ИП Жұмабекова',
	'Lux Style', 'Astana Mobile', 'Shymkent Market', 'Anka Ticaret', 'Kavkaz Trade', 'Moda Dünyası',
	'Easy Buy', 'Сұлу Әлемі', 'Bishkek Shop', 'Samarkand Savdo', 'Yerevan Tech', 'Global Deals');

# --- disguises ----------------------------------------------------------
my %CYR = (a => 'а', e => 'е', o => 'о', p => 'р', c => 'с', y => 'у', x => 'х', i => 'і', j => 'ј', s => 'ѕ',
	A => 'А', B => 'В', E => 'Е', K => 'К', M => 'М', H => 'Н', O => 'О', P => 'Р', C => 'С', T => 'Т',
	X => 'Х', I => 'І', S => 'Ѕ', J => 'Ј');
my %GREEK = (o => 'ο', a => 'α', v => 'ν', p => 'ρ', i => 'ι', u => 'υ', k => 'κ', A => 'Α', B => 'Β',
	E => 'Ε', H => 'Η', I => 'Ι', K => 'Κ', M => 'Μ', N => 'Ν', O => 'Ο', P => 'Ρ', T => 'Τ', X => 'Χ',
	Y => 'Υ', Z => 'Ζ');
my %DIGIT = (o => ['0'], O => ['0'], i => ['1', '!'], I => ['1'], l => ['1', '|'], L => ['1'], e => ['3'],
	E => ['3'], a => ['4', '@'], A => ['4', '@'], s => ['5', '$'], S => ['$', '5'], t => ['7'], T => ['7'],
	b => ['8'], B => ['8'], g => ['9']);

# subst WORD, MAP, N: replace up to N letters (at least one) of WORD using
# MAP (letter => string or [strings]); returns the new word or undef
sub subst
{
	my ($w, $map, $n) = @_;
	my @ch = split //, $w;
	my @pos = grep { exists $map->{$ch[$_]} } 0 .. $#ch;
	return undef unless @pos;
	for (1 .. $n)
	{
		last unless @pos;
		my $k = int(rand(@pos));
		my $p = splice(@pos, $k, 1);
		my $r = $map->{$ch[$p]};
		$ch[$p] = ref $r ? pick(@$r) : $r;
	}
	return join '', @ch;
}

# homoglyph MARK: the mark with look-alike characters; returns (text, how)
sub homoglyph
{
	my ($m) = @_;
	for (1 .. 20)
	{
		my $how = wpick([cyr => 40], [greek => 15], [full => 10], [digit => 30], [mix => 5]);
		my $r;
		if ($how eq 'cyr') { $r = subst($m, \%CYR, pick(1, 1, 2, 3)); }
		elsif ($how eq 'greek') { $r = subst($m, \%GREEK, pick(1, 1, 2)); }
		elsif ($how eq 'digit') { $r = subst($m, \%DIGIT, pick(1, 1, 2)); }
		elsif ($how eq 'full')
		{
			($r = $m) =~ s/([!-~])/chr(ord($1) + 0xFEE0)/ge;
		}
		else
		{
			$r = subst($m, \%CYR, 1);
			$r = subst($r, \%DIGIT, 1) if defined $r;
		}
		return ($r, $how) if defined $r && $r ne $m;
	}
	die "no homoglyph for $m\n";
}

# spacing MARK: the mark with separators inserted or removed
sub spacing
{
	my ($m) = @_;
	if ($m eq 'Ray-Ban')
	{
		return pick('Ray Ban', 'RayBan', 'Ray Ban', 'R a y B a n', 'Ray.Ban', 'RAY BAN', 'Ray_Ban', 'R-a-y-B-a-n');
	}
	if ($m eq "Levi's")
	{
		return pick('Levis', 'LEVIS', "Levi s", "L e v i ' s", 'Levi`s', 'L.e.v.i.s', "Levi’s", 'Le vis');
	}
	if ($m eq 'Louis Vuitton')
	{
		return pick('LouisVuitton', 'L o u i s V u i t t o n', 'Louis-Vuitton', 'Lou is Vuit ton',
			'L.o.u.i.s V.u.i.t.t.o.n', 'LOUIS_VUITTON', 'Louis  Vui tton');
	}
	my @ch = split //, $m;
	my $how = wpick([letters => 25], [dash => 15], [dots => 15], [split => 30], [under => 10], [star => 5]);
	if ($how eq 'letters')
	{
		my $s = join ' ', @ch;
		return chance(0.3) ? uc $s : $s;
	}
	if ($how eq 'dots')
	{
		# "A.i.r P.o.d.s" for camel-case marks, "D.y.s.o.n" otherwise
		if ($m =~ /^([A-Za-z][a-z]+)([A-Z][A-Za-z]+)$/)
		{
			my ($a, $b) = ($1, $2);
			return join('.', split //, $a) . ' ' . join('.', split //, $b);
		}
		return join '.', @ch;
	}
	if ($how eq 'under') { return join '_', @ch; }
	if ($how eq 'star') { return join '*', @ch; }
	# dash or split at a camel-case boundary or a random inner position
	my $at;
	if ($m =~ /^([a-z]?[A-Za-z][a-z]+)([A-Z][A-Za-z]+)$/ && chance(0.6))
	{
		$at = length $1;
	}
	else
	{
		$at = 1 + int(rand(@ch - 1));
	}
	my $sep = $how eq 'dash' ? pick('-', '-', ' - ', '/') : pick(' ', ' ', '  ');
	if ($how eq 'dash' && chance(0.3)) { return join '-', @ch; }
	return substr($m, 0, $at) . $sep . substr($m, $at);
}

# transliterations people write, by script
my %TRANSLIT_CYR = (
	'Dyson' => ['Дайсон', 'ДАЙСОН', 'дайсон'],
	'AirPods' => ['Эйрподс', 'Аирподс', 'Айрподс', 'Эйр Подс', 'Эирподс', 'аирподс'],
	'iPhone' => ['Айфон', 'айфон', 'АйФон', 'АЙФОН'],
	'Apple' => ['Эппл', 'Эпл', 'ЭППЛ'],
	'Samsung' => ['Самсунг', 'самсунг', 'САМСУНГ'],
	'Xiaomi' => ['Сяоми', 'Ксиаоми', 'Ксяоми', 'сяоми'],
	'Sony' => ['Сони', 'Сонни', 'СОНИ'],
	'Bose' => ['Боуз', 'Бозе', 'Боз'],
	'JBL' => ['Джибиэль', 'ДжиБиЭль', 'Джей Би Эл'],
	'Philips' => ['Филипс', 'Филлипс', 'ФИЛИПС'],
	'Braun' => ['Браун', 'БРАУН'],
	'Nike' => ['Найк', 'Найки', 'НАЙК'],
	'Adidas' => ['Адидас', 'адидас', 'АДИДАС'],
	'Puma' => ['Пума', 'ПУМА'],
	'Gucci' => ['Гуччи', 'Гучи', 'ГУЧЧИ'],
	'Chanel' => ['Шанель', 'Шанел', 'ШАНЕЛЬ'],
	'Louis Vuitton' => ['Луи Виттон', 'Луи Вюиттон', 'Луи Витон'],
	'Rolex' => ['Ролекс', 'РОЛЕКС'],
	'Casio' => ['Касио', 'КАСИО'],
	'Lego' => ['Лего', 'ЛЕГО'],
	'Nivea' => ['Нивея', 'Нивеа'],
	'Huawei' => ['Хуавей', 'Хуавэй', 'ХУАВЕЙ'],
	'Lenovo' => ['Леново', 'ЛЕНОВО'],
	'PlayStation' => ['Плейстейшн', 'Плейстейшен', 'Плэйстэйшн', 'ПлейСтейшн'],
	'Ray-Ban' => ['Рэй Бэн', 'Рей Бен', 'Рэйбан', 'Рейбан'],
	"Levi's" => ['Левис', 'Ливайс', 'Левайс'],
);
my %TRANSLIT_KA = (
	'Dyson' => ['დაისონი', 'დაისონ'],
	'AirPods' => ['ეარპოდსი', 'აირპოდსი'],
	'iPhone' => ['აიფონი'],
	'Apple' => ['ეპლი'],
	'Samsung' => ['სამსუნგი'],
	'Xiaomi' => ['ქსიაომი', 'შაომი'],
	'Sony' => ['სონი'],
	'Philips' => ['ფილიპსი'],
	'Nike' => ['ნაიკი'],
	'Adidas' => ['ადიდასი'],
	'Puma' => ['პუმა'],
	'Gucci' => ['გუჩი'],
	'Chanel' => ['შანელი'],
	'Louis Vuitton' => ['ლუი ვიტონი'],
	'Rolex' => ['როლექსი'],
	'Casio' => ['კასიო'],
	'Lego' => ['ლეგო'],
	'Nivea' => ['ნივეა'],
	'Huawei' => ['ჰუავეი'],
	'Lenovo' => ['ლენოვო'],
	'PlayStation' => ['პლეისტეიშენი'],
	"Levi's" => ['ლევისი'],
);
# Turkish/Azerbaijani phonetic spellings in Latin script
my %TRANSLIT_LAT = (
	'iPhone' => ['Ayfon', 'ayfon'],
	'Nike' => ['Nayk', 'Nayki'],
	'Chanel' => ['Şanel', 'ŞANEL'],
	'Huawei' => ['Huavey', 'Huavei'],
	'Philips' => ['Filips'],
	'Xiaomi' => ['Şaomi', 'Ksiaomi'],
	'AirPods' => ['Eyrpods', 'Eyrpods Pro'],
	'PlayStation' => ['Pleystation', 'Pleysteyşın'],
	'Louis Vuitton' => ['Lui Viton', 'Lui Vitton'],
	"Levi's" => ['Livays'],
	'Dyson' => ['Dayson'],
	'Ray-Ban' => ['Reyban', 'Rey Ben'],
	'Casio' => ['Kasio'],
);
my %TRANSLIT_ZH = (
	'Xiaomi' => ['小米'],
	'Huawei' => ['华为'],
);

# translit MARK, LANG: (form, lang) of a transliterated spelling, the
# language possibly changed to one whose script has a spelling
sub translit
{
	my ($m, $lang) = @_;
	my %by = (ru => \%TRANSLIT_CYR, kk => \%TRANSLIT_CYR, ka => \%TRANSLIT_KA, tr => \%TRANSLIT_LAT,
		az => \%TRANSLIT_LAT, zh => \%TRANSLIT_ZH, en => undef);
	if (!$by{$lang} || !$by{$lang}{$m})
	{
		my @ok = grep { $by{$_} && $by{$_}{$m} } qw(ru kk ka tr az zh);
		$lang = wpick(map { [$_, {ru => 40, kk => 20, ka => 10, tr => 8, az => 8, zh => 5}->{$_}] } @ok);
	}
	return (pick(@{$by{$lang}{$m}}), $lang);
}

# QWERTY neighbours for typos
my %KBD = (q => 'wa', w => 'qes', e => 'wrd', r => 'etf', t => 'ryg', y => 'tuh', u => 'yij', i => 'uok',
	o => 'ipl', p => 'ol', a => 'qsz', s => 'adwx', d => 'sfec', f => 'dgrv', g => 'fhtb', h => 'gjyn',
	j => 'hkum', k => 'jli', l => 'kp', z => 'xa', x => 'zcs', c => 'xvd', v => 'cbf', b => 'vng',
	n => 'bmh', m => 'nj');
my %VOWEL = (a => 'e', e => 'ai', i => 'ey', o => 'ea', u => 'o', y => 'i');
# real words one edit from a mark, never emitted as typos
my %NOTTYPO = map { $_ => 1 } qw(bran brain brawn braun roles rolls rolex samsun niva channel caso
	casino apply ample sonny chapel gucci nivea lenovo huawei xiaomi);

# typo MARK: the mark with one edit (not on its first letter), or undef
sub typo
{
	my ($m) = @_;
	my @marks_lc = map { lc } @MARKS;
	for (1 .. 50)
	{
		my @ch = split //, $m;
		my @pos = grep { $ch[$_] =~ /[a-z]/i } 1 .. $#ch;
		my $p = pick(@pos);
		my $op = wpick([drop => 25], [double => 20], [swap => 25], [key => 20], [vowel => 10]);
		my $r;
		if ($op eq 'drop') { splice(@ch, $p, 1); }
		elsif ($op eq 'double') { splice(@ch, $p, 0, $ch[$p]); }
		elsif ($op eq 'swap')
		{
			next if $p >= $#ch || $ch[$p + 1] !~ /[a-z]/i;
			@ch[$p, $p + 1] = @ch[$p + 1, $p];
		}
		else
		{
			my $lc = lc $ch[$p];
			my $set = $op eq 'key' ? $KBD{$lc} : $VOWEL{$lc};
			next unless $set;
			my $n = substr($set, int(rand(length $set)), 1);
			$ch[$p] = $ch[$p] eq $lc ? $n : uc $n;
		}
		$r = join '', @ch;
		my $k = lc $r;
		$k =~ s/[^a-z]//g;
		next if $NOTTYPO{$k};
		next if grep { my $x = $_; $x =~ s/[^a-z]//g; $x eq $k } @marks_lc;
		return ($r, $op);
	}
	return ();
}

# case_variant TEXT: as written, upper or lower case
sub case_variant
{
	my ($t) = @_;
	my $r = rand();
	return uc $t if $r < 0.12;
	return lc $t if $r < 0.27;
	return $t;
}

# gtin13 PREFIX: a GTIN-13 starting with PREFIX, valid check digit
sub gtin13
{
	my ($p) = @_;
	my $s = $p;
	$s .= int(rand(10)) while length($s) < 12;
	my $sum = 0;
	my @d = reverse split //, $s;
	for my $i (0 .. $#d) { $sum += $d[$i] * ($i % 2 == 0 ? 3 : 1); }
	return $s . ((10 - $sum % 10) % 10);
}
my @OTHER_PREFIXES = qw(4870001 4870204 6901234 6923450 4600123 8690001 4760001 8691234);

# --- titles -------------------------------------------------------------
# product_title LANG, MARKTEXT, CAT, MODEL: a listing title
sub product_title
{
	my ($lang, $mt, $cat, $model) = @_;
	my $noun = $CAT{$cat}[$LIDX{$lang}];
	$model = '' if chance(0.2);
	my $core = $model eq '' ? $mt : "$mt $model";
	my $t;
	if ($lang eq 'zh')
	{
		$t = chance(0.5) ? "$core $noun" : "$core$noun";
	}
	elsif ($lang eq 'en' || $lang eq 'tr' || $lang eq 'az' || chance(0.3))
	{
		$t = chance(0.7) ? "$core $noun" : "$noun $core";
	}
	else
	{
		$t = "$noun $core";
	}
	$t .= ' ' . pick(@{$TAILS{$lang}}) if chance(0.6);
	$t .= ', ' . pick(@{$TAILS{$lang}}) if chance(0.2);
	return $t;
}

# add_cue TITLE, LANG: (title, cue) with a counterfeit cue added
sub add_cue
{
	my ($t, $lang) = @_;
	my $c = pick(@{$CUES{$lang}});
	my $r = rand();
	if ($r < 0.45) { $t = "$t $c"; }
	elsif ($r < 0.7) { $t = "$c $t"; }
	else { $t = "$t ($c)"; }
	return ($t, lc $c);
}

# accessories: category => nouns ru kk en tr az ka zh
my %ACC = (
	case => ['Чехол', 'Қап', 'Case', 'Kılıf', 'Örtük', 'ქეისი', '保护套'],
	glass => ['Защитное стекло', 'Қорғаныш әйнегі', 'Screen protector', 'Ekran koruyucu', 'Ekran qoruyucu', 'დამცავი მინა', '钢化膜'],
	strap => ['Ремешок', 'Сағат бауы', 'Strap', 'Kordon', 'Qayış', 'სამაჯური', '表带'],
	filter => ['Фильтр', 'Сүзгі', 'Filter', 'Filtre', 'Filtr', 'ფილტრი', '滤网'],
	nozzle => ['Насадка', 'Саптама', 'Attachment', 'Başlık', 'Başlıq', 'საქშენი', '风嘴'],
	heads => ['Сменные насадки', 'Ауыстырмалы саптамалар', 'Replacement brush heads', 'Yedek başlık', 'Əvəzedici başlıq', 'სათადარიგო თავაკი', '替换刷头'],
	foil => ['Сетка и нож', 'Тор және пышақ', 'Replacement foil', 'Yedek bıçak', 'Əvəzedici bıçaq', 'სათადარიგო ბადე', '替换刀头'],
	charger => ['Зарядное устройство', 'Зарядтағыш', 'Charger', 'Şarj adaptörü', 'Adapter', 'დამტენი', '充电器'],
	stand => ['Подставка', 'Тұғыр', 'Stand', 'Stand', 'Stend', 'სადგამი', '支架'],
	minifig => ['Минифигурки', 'Минифигуралар', 'Minifigures', 'Mini figür', 'Mini fiqur', 'მინიფიგურები', '人仔'],
	laces => ['Шнурки', 'Аяқ киім бауы', 'Laces', 'Ayakkabı bağcığı', 'Bağlar', 'თასმები', '鞋带'],
	pads => ['Амбушюры', 'Құлақ жастықшалары', 'Ear pads', 'Kulak yastığı', 'Qulaq yastıqları', 'ყურის ბალიშები', '耳罩'],
	glcase => ['Футляр для очков', 'Көзілдірік қабы', 'Glasses case', 'Gözlük kılıfı', 'Eynək qabı', 'სათვალის ბუდე', '眼镜盒'],
	box => ['Коробка', 'Қорап', 'Box', 'Kutu', 'Qutu', 'ყუთი', '盒子'],
);
# mark => [[accessory, class, models...]...]
my %ACCFOR = (
	'Dyson' => [['filter', 7, 'V11', 'V15 Detect', 'V8', 'V10'], ['nozzle', 11, 'Supersonic', 'Airwrap']],
	'AirPods' => [['case', 9, 'Pro 2', 'Pro', '3', '']],
	'iPhone' => [['case', 9, '15 Pro', '14', '13', '16 Pro Max'], ['glass', 9, '15', '14 Pro', '13 mini'], ['charger', 9, '', '15']],
	'Apple' => [['strap', 9, 'Watch', 'Watch Series 9', 'Watch Ultra'], ['charger', 9, 'MacBook', 'MacBook Air']],
	'Samsung' => [['case', 9, 'Galaxy S24', 'Galaxy A54'], ['glass', 9, 'Galaxy S23'], ['strap', 9, 'Galaxy Watch 6']],
	'Xiaomi' => [['strap', 9, 'Mi Band 8', 'Smart Band 7'], ['filter', 7, 'Robot Vacuum S10'], ['case', 9, 'Redmi Note 13']],
	'Sony' => [['pads', 9, 'WH-1000XM4', 'WH-1000XM3']],
	'Bose' => [['pads', 9, 'QC45', 'QuietComfort 35 II']],
	'JBL' => [['case', 9, 'Charge 5', 'Flip 6', 'Go 3']],
	'Philips' => [['heads', 21, 'Sonicare', 'Sonicare W2']],
	'Braun' => [['foil', 8, 'Series 9', 'Series 7', '']],
	'Nike' => [['laces', 25, 'Air Force 1', 'Air Max']],
	'Adidas' => [['laces', 25, 'Superstar', 'Stan Smith']],
	'Huawei' => [['case', 9, 'P60', 'Mate 60'], ['strap', 9, 'Watch GT 4']],
	'Lenovo' => [['charger', 9, 'ThinkPad', 'IdeaPad', 'Legion']],
	'PlayStation' => [['stand', 9, '5', '5 Slim'], ['charger', 9, '5 DualSense']],
	'Casio' => [['strap', 14, 'G-Shock', 'G-Shock GA-2100']],
	'Lego' => [['minifig', 28, 'Star Wars', 'City', 'Ninjago', '']],
	'Ray-Ban' => [['glcase', 9, 'Wayfarer', '']],
	'Rolex' => [['box', 14, '', 'Submariner'], ['strap', 14, 'Submariner', 'Daytona']],
);

# referential_title LANG, MARKTEXT, ACC, MODEL: an accessory title
sub referential_title
{
	my ($lang, $mt, $acc, $model) = @_;
	my $n = $ACC{$acc}[$LIDX{$lang} - 1];
	my $core = $model eq '' ? $mt : "$mt $model";
	my %pat = (
		ru => ["$n для $core", "$n на $core", "$n, совместим с $core", "$n для $core, совместимый"],
		kk => ["$core үшін " . lc($n), "$core арналған " . lc($n), "$core үшін " . lc($n) . ", сәйкес келеді"],
		en => ["$n for $core", "$n compatible with $core", "$core compatible $n", "Replacement " . lc($n) . " for $core"],
		tr => ["$core uyumlu " . lc($n), "$core için " . lc($n), "$core ile uyumlu " . lc($n)],
		az => ["$core üçün " . lc($n), "$core ilə uyğun " . lc($n)],
		ka => ["$n $core-ისთვის", "$core-ის $n"],
		zh => ["适用于$core $n", "$core $n 兼容", "适用于${core}的$n"],
	);
	my $t = pick(@{$pat{$lang}});
	$t .= ' ' . pick(@{$TAILS{$lang}}) if chance(0.3);
	return $t;
}

# --- negatives ----------------------------------------------------------
# [lang, class or '', needs_class, title]: ordinary words near a mark, words
# containing a mark's letters, fruit, animals, other meanings
my @NEAR = (
	[en => 25, 0, 'Bison leather belt genuine'], [en => 16, 0, 'Mike Tyson poster boxing legend'],
	[en => 28, 0, 'Tyson boxing gloves 12 oz'], [en => 16, 0, 'Dixon pencils HB 12 pack'],
	[en => 16, 0, 'Richard Nixon biography hardcover'], [en => 18, 0, 'Airport travel pouch for passport'],
	[en => 9, 0, 'Airport car charger 2.4A dual USB'], [en => 28, 0, 'Sonya rag doll handmade'],
	[en => 28, 0, 'Sonic the Hedgehog plush toy'], [en => 8, 0, 'Pineapple slicer stainless steel'],
	[en => 28, 0, 'Casino poker chips set 300'], [en => 9, 0, 'HDMI splitter 4 channel 4K'],
	[en => 28, 0, 'Roller skates adjustable kids'], [en => 28, 1, 'Legolas figurine Lord of the Rings'],
	[en => 16, 0, 'Braunschweig city map'], [en => 25, 0, 'Occasion dress satin midi'],
	[en => 9, 0, 'Sonny Rollins vinyl LP'], [en => 16, 0, 'Addis Ababa travel guide'],
	[en => 28, 0, 'Levitation magnet toy'], [en => 16, 0, 'Leviathan novel paperback'],
	[en => 8, 1, 'Phillips screwdriver set PH2'], [en => 8, 1, 'Phillips head bits 50 pcs'],
	[en => 21, 0, 'Brownie baking pan nonstick'], [en => 16, 0, 'Dyslexia reading ruler'],
	[en => 14, 1, 'Chanelle name necklace gold plated'], [en => 21, 0, 'Airpot coffee dispenser 3L'],
	[en => 31, 0, 'Pumpkin seeds for planting'], [en => 20, 0, 'Bisonte wooden chair'],
	[en => 16, 0, 'Sonnet collection poetry book'], [en => 9, 0, 'Sonar fish finder portable'],
	[en => 28, 0, 'Nixie tube clock kit'], [en => 25, 0, 'Raybun knitted hat'],
	[ru => 25, 0, 'Ремень из кожи бизона'], [ru => 16, 0, 'Постер Майк Тайсон'],
	[ru => 28, 0, 'Боксёрские перчатки Тайсон 12 унций'], [ru => 16, 0, 'Книга Никсон. Биография'],
	[ru => 28, 0, 'Кукла Соня 30 см'], [ru => 25, 1, 'Шинель военная зимняя'],
	[ru => 30, 1, 'Брауни шоколадный 500 г'], [ru => 16, 1, 'Постер пума в горах'],
	[ru => 16, 1, 'Книга «Пума — горный лев»'], [ru => 30, 0, 'Самса с мясом 5 шт'],
	[ru => 28, 0, 'Ролики детские раздвижные'], [ru => 9, 0, 'Нивелир лазерный 360'],
	[ru => 29, 0, 'Филе куриное 1 кг'], [ru => 14, 0, 'Статуэтка Самсон бронза'],
	[ru => 28, 0, 'Дайвинг маска для плавания'], [ru => 31, 1, 'Дайкон семена японский'],
	[ru => 15, 0, 'Ксилофон детский деревянный'], [ru => 28, 1, 'Пумба мягкая игрушка'],
	[ru => 16, 0, 'Сборник кроссвордов'], [ru => 25, 0, 'Пижама детская Соня'],
	[ru => 9, 0, 'Телефон кнопочный для пожилых'], [ru => 31, 1, 'Яблоки свежие Голден 1 кг'],
	[ru => 32, 1, 'Сок яблочный 1 л'], [ru => 16, 0, 'Постер Никсон винтаж'],
	[ru => 30, 0, 'Сонник толкователь снов'], [ru => 3, 0, 'Шампунь зелёное яблоко'],
	[kk => 25, 0, 'Бизон терісінен белдік'], [kk => 28, 0, 'Соня қуыршағы 30 см'],
	[kk => 16, 0, 'Тайсон постері'], [kk => 16, 1, 'Пума жабайы мысық туралы кітап'],
	[kk => 31, 1, 'Дайкон тұқымы'], [kk => 31, 1, 'Алма жаңа піскен 1 кг'],
	[kk => 30, 0, 'Самса тандыр 5 дана'], [kk => 9, 0, 'Лазерлік нивелир'],
	[kk => 28, 0, 'Балаларға арналған роликтер'], [kk => 32, 1, 'Алма шырыны 1 литр'],
	[tr => 31, 1, "Samsun'dan taze fındık 1 kg"], [tr => 25, 0, 'Samsunspor forma 2024'],
	[tr => 11, 0, 'Nikel kaplama banyo bataryası'], [tr => 16, 1, 'Puma kitabı vahşi kediler'],
	[tr => 28, 0, 'Sonya bebek oyuncak'], [tr => 29, 1, 'Elma kurusu 250 g'],
	[tr => 28, 0, 'Rolik paten çocuk'], [tr => 11, 0, 'Gücü yüksek el feneri'],
	[tr => 28, 1, 'Legolas figürü'], [tr => 31, 0, 'Samsun bafra pidesi'],
	[az => 32, 1, 'Alma şirəsi 1 litr'], [az => 31, 1, 'Samsun fındığı 500 qr'],
	[az => 25, 0, 'Bizon dəri kəmər'], [az => 16, 0, 'Tayson posteri'],
	[az => 11, 0, 'Nikel örtüklü kran'], [az => 28, 0, 'Roliklər uşaq üçün'], [az => 28, 0, 'Sonya kukla'],
	[ka => 25, 0, 'ბიზონის ტყავის ქამარი'], [ka => 16, 0, 'ტაისონის პოსტერი'],
	[ka => 31, 1, 'ვაშლი ახალი 1 კგ'], [ka => 28, 0, 'სონია თოჯინა'], [ka => 16, 1, 'პუმა ველური კატა წიგნი'],
	[zh => 31, 1, '新鲜苹果 5斤'], [zh => 30, 1, '苹果醋 500ml'], [zh => 16, 1, '美洲狮 海报'],
	[zh => 30, 1, '小米 黄小米 新米 5斤'], [zh => 30, 1, '小米粥 500g'], [zh => 16, 0, '三星堆 纪念品'],
	[en => 31, 1, 'Fresh apples Golden 1 kg'], [en => 32, 1, 'Apple juice 1L'],
	[en => 3, 1, 'Green apple shampoo 400ml'], [en => 31, 1, 'Apple tree seedling'],
	[en => 30, 1, 'Toffee apple candy'], [en => 16, 1, 'Puma concolor wildlife poster'],
	[en => 31, 1, 'Apples Granny Smith 2 kg'], [en => 29, 1, 'Dried apple rings 250 g'],
);
# generic descriptors for unbranded listings
my %DESCR = (
	ru => ['новый', 'недорого', 'черный', 'белый', 'в подарок', 'б/у', 'хорошее качество', 'оптом', 'для дома', 'со склада'],
	kk => ['жаңа', 'арзан', 'қара', 'ақ', 'сыйлыққа', 'сапалы', 'көтерме', 'үйге арналған'],
	en => ['new', 'cheap', 'black', 'white', 'gift idea', 'used', 'good quality', 'wholesale', 'for home', 'unbranded'],
	tr => ['yeni', 'ucuz', 'siyah', 'beyaz', 'hediyelik', 'ikinci el', 'kaliteli', 'toptan', 'ev için'],
	az => ['yeni', 'ucuz', 'qara', 'ağ', 'hədiyyəlik', 'işlənmiş', 'keyfiyyətli', 'topdan'],
	ka => ['ახალი', 'იაფი', 'შავი', 'თეთრი', 'საჩუქრად', 'მეორადი', 'ხარისხიანი'],
	zh => ['新款', '便宜', '黑色', '白色', '送礼', '二手', '高品质', '批发'],
);
# ordinary titles that carry a cue word without any mark
my @CUE_NEG = (
	[ru => 6, 'Копия ключа домофона'], [ru => 16, 'Репродукция картины копия Айвазовский'],
	[en => 28, 'Replica pirate ship model kit'], [en => 16, 'Copy paper A4 500 sheets'],
	[en => 9, 'AAA batteries 24 pack'], [tr => 16, 'Fotokopi kağıdı A4'], [kk => 16, 'Картина көшірмесі кенепте'],
	[ru => 28, 'Модель автомобиля 1:18 металл'], [en => 28, 'Scale model tank 1:35'], [az => 9, 'AAA batareya 4 ədəd'],
);

# --- output ---------------------------------------------------------------
my @rows;
my %seen;

# emit HASHREF: add one row unless its title was already produced; returns
# true when added
sub emit
{
	my ($r) = @_;
	return 0 if $seen{$r->{listing}}++;
	$r->{$_} //= '' for qw(seller gtin jurisdiction nice_class expected_mark cues other_marks);
	$r->{referential} //= 0;
	die "tab or newline in $r->{listing}\n" if $r->{listing} =~ /[\t\n\r]/;
	push @rows, $r;
	return 1;
}

# common_fields ROW, MARK, CLASS: seller, GTIN, jurisdiction, class
sub common_fields
{
	my ($r, $m, $class) = @_;
	$r->{seller} = pick(@SELLERS) if chance(0.7);
	if (chance(0.2))
	{
		my $p = ($m && chance(0.6)) ? pick(@{$PREFIXES{$m}}) : pick(@OTHER_PREFIXES);
		$r->{gtin} = gtin13($p);
	}
	$r->{jurisdiction} = pick(@{$JUR{$r->{lang}}}) if chance(0.9);
	$r->{nice_class} = $class if defined $class && chance(0.75);
}

# positive KIND, N: N listings of a disguise kind
sub positive
{
	my ($kind, $n) = @_;
	my @typo_marks = grep { length($_) >= 5 } @MARKS;
	my $made = 0;
	my $tries = 0;
	while ($made < $n && $tries++ < $n * 20)
	{
		my $lang = wpick(@LANG_W);
		my $m = $kind eq 'typo' ? pick(@typo_marks) : pick(@MARKS);
		my ($cat, @models) = @{pick(@{$PRODUCTS{$m}})};
		my $model = pick(@models);
		my $mt;
		if ($kind eq 'exact') { $mt = case_variant($m); }
		elsif ($kind eq 'spacing') { $mt = spacing($m); }
		elsif ($kind eq 'homoglyph') { ($mt) = homoglyph($m); }
		elsif ($kind eq 'transliteration') { ($mt, $lang) = translit($m, $lang); }
		elsif ($kind eq 'typo')
		{
			($mt) = typo($m);
			next unless defined $mt;
			$mt = case_variant($mt);
		}
		my @other;
		# "Apple AirPods", "Sony PlayStation": the holder's house mark in front
		if (($m eq 'AirPods' || $m eq 'iPhone') && $kind ne 'transliteration' && chance(0.25))
		{
			$mt = "Apple $mt";
			push @other, 'Apple';
		}
		elsif ($m eq 'PlayStation' && $kind ne 'transliteration' && chance(0.3))
		{
			$mt = "Sony $mt";
			push @other, 'Sony';
		}
		push @other, 'iPhone' if $m eq 'Apple' && $model =~ /iPhone/;
		my $t = product_title($lang, $mt, $cat, $model);
		my $cue = '';
		($t, $cue) = add_cue($t, $lang) if chance(0.25);
		my $r = {listing => $t, lang => $lang, expected_mark => $m, kind => $kind, cues => $cue,
			other_marks => join(',', @other)};
		common_fields($r, $m, $CAT{$cat}[0]);
		$made += emit($r);
	}
	warn "$kind: only $made of $n\n" if $made < $n;
}

# referential N: accessory listings naming the mark they fit
sub referential
{
	my ($n) = @_;
	my @ms = grep { $ACCFOR{$_} } @MARKS;
	my $made = 0;
	my $tries = 0;
	while ($made < $n && $tries++ < $n * 20)
	{
		my $lang = wpick(@LANG_W);
		my $m = pick(@ms);
		my ($acc, $class, @models) = @{pick(@{$ACCFOR{$m}})};
		my $model = pick(@models);
		my $mt = case_variant($m);
		# "чехол на айфон": a transliterated mark in a Cyrillic title
		if (($lang eq 'ru' || $lang eq 'kk') && $TRANSLIT_CYR{$m} && chance(0.25))
		{
			$mt = pick(@{$TRANSLIT_CYR{$m}});
		}
		my $t = referential_title($lang, $mt, $acc, $model);
		my $cue = '';
		($t, $cue) = add_cue($t, $lang) if chance(0.05);
		my $r = {listing => $t, lang => $lang, expected_mark => $m, kind => 'referential',
			referential => 1, cues => $cue};
		common_fields($r, undef, $class);
		$made += emit($r);
	}
	warn "referential: only $made of $n\n" if $made < $n;
}

# negative N: listings with no registered mark
sub negative
{
	my ($n) = @_;
	my $made = 0;
	my $tries = 0;
	my @cats = sort keys %CAT;
	while ($made < $n && $tries++ < $n * 50)
	{
		my $r = rand();
		my $row;
		if ($r < 0.45)
		{
			# near words, with variations
			my ($lang, $class, $needs, $t) = @{pick(@NEAR)};
			$t .= ' ' . pick(@{$TAILS{$lang}}) if chance(0.6);
			$row = {listing => $t, lang => $lang, kind => 'negative'};
			common_fields($row, undef, undef);
			$row->{nice_class} = ($needs || chance(0.7)) ? $class : '';
		}
		elsif ($r < 0.5)
		{
			my ($lang, $class, $t) = @{pick(@CUE_NEG)};
			$t .= ' ' . pick(@{$TAILS{$lang}}) if chance(0.7);
			$row = {listing => $t, lang => $lang, kind => 'negative'};
			common_fields($row, undef, $class);
		}
		else
		{
			# unbranded goods
			my $lang = wpick(@LANG_W);
			my $cat = pick(@cats);
			my @d = @{$DESCR{$lang}};
			my $t = $CAT{$cat}[$LIDX{$lang}] . ' ' . pick(@d);
			$t .= ' ' . pick(@d) if chance(0.4);
			$t .= ' ' . pick(@{$TAILS{$lang}}) if chance(0.6);
			$row = {listing => $t, lang => $lang, kind => 'negative'};
			common_fields($row, undef, $CAT{$cat}[0]);
		}
		$made += emit($row);
	}
	warn "negative: only $made of $n\n" if $made < $n;
}

positive('exact', 500 * $SCALE);
positive('spacing', 450 * $SCALE);
positive('homoglyph', 500 * $SCALE);
positive('transliteration', 500 * $SCALE);
positive('typo', 450 * $SCALE);
referential(450 * $SCALE);
negative(750 * $SCALE);

my $out = \*STDOUT;
if (@ARGV)
{
	open($out, '>', $ARGV[0]) or die "cannot write $ARGV[0]: $!\n";
}
binmode($out, ':encoding(UTF-8)');
my @cols = qw(id listing seller gtin jurisdiction nice_class expected_mark kind referential cues lang other_marks);
print $out join("\t", @cols), "\n";
my $id = 0;
for my $r (@rows)
{
	$r->{id} = ++$id;
	print $out join("\t", map { $r->{$_} } @cols), "\n";
}
close($out) if @ARGV;
