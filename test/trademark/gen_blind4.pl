#!/usr/bin/perl
# test/trademark/gen_blind4.pl
#	FOURTH BLIND (untuned) labelled corpus of marketplace listing titles
#	for the trademark check (issue 5 §4).  Every earlier corpus
#	(gen_corpus.pl, gen_heldout.pl, gen_final.pl, gen_blind.pl,
#	gen_blind2.pl, gen_blind3.pl) has been looked at and used for fixes;
#	this one was written last, by a helper who read only the issue, the
#	domain primer, marks.tsv and the column description at the top of
#	gen_blind2.pl -- not the checker's code, lexicon or tests, not the
#	other generators' templates and vocabulary, not any evaluation output.
#	Titles follow how sellers write on Kaspi.kz, Wildberries, Ozon, Avito,
#	Trendyol, Hepsiburada, Tap.az, Umico, MyMarket.ge, List.am and
#	Taobao/1688/Temu/Pinduoduo.  Own seed, own PRNG (xorshift32), own
#	templates, product nouns, models, cues, referential phrasings,
#	disguises and negatives.  It is meant to be run once, at the end, to
#	measure the checker; nobody tunes on it.  If its misses are ever used
#	for fixes, say so wherever its figures are reported.
#
#	Marks: marks.tsv next to this script (classes, GS1 prefixes, Chinese
#	names).  Output on stdout, tab-separated, with a header line:
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
#	  lang		language of the title: ru kk az tr ka hy en zh
#	  other_marks	further registered marks the title also uses as written
#			(Apple in "Apple iPhone 15", Sony in "Sony PlayStation 5");
#			a second mark is never disguised
#
#	Labelling: case changes alone are 'exact'; separators (spaces, dots,
#	hyphens, underscores, stars, NBSP, thin or ideographic spaces,
#	zero-width characters, soft hyphens) inside the mark, split or joined
#	words and dropped or replaced apostrophes/hyphens are 'spacing';
#	Cyrillic, Greek, Armenian, Turkish dotted/dotless I, fullwidth and
#	mathematical look-alike letters and digits/symbols for letters are
#	'homoglyph'; phonetic spellings in Cyrillic (Russian and Kazakh
#	letters), Georgian, Armenian, Greek and Turkish/Azerbaijani Latin, and
#	the Chinese names of marks.tsv are 'transliteration'; one Damerau edit
#	of the Latin mark (insertion, deletion, substitution, transposition,
#	doubled letter, keyboard neighbour; checked here) is 'typo'.  "как у",
#	"в стиле", "tipi", "style", "同款" are no cue and no referential use.
#	A title whose Nice class is outside the mark's classes is 'negative'
#	with that class set.  Other negatives: words near a mark in each script
#	(Tyson, Bison, Dixon, Nixon, airport, channel, casino, Samsun, Нива,
#	Соня, Шинель, 耐磨, ...), real brands not in marks.tsv, brand-less goods;
#	outside the class-based ones, no negative contains a registered mark's
#	spelling (checked here, dies otherwise).
#
#	Usage: perl test/trademark/gen_blind4.pl > blind4.tsv

use strict;
use warnings;
use utf8;
use FindBin;

binmode STDOUT, ':encoding(UTF-8)';
binmode STDERR, ':encoding(UTF-8)';

# ---------------------------------------------------------------- PRNG
my $S = 0x6B1D4A57;		# own seed

# xorshift32: next 32-bit unsigned value
sub rnd
{
	$S ^= ($S << 13) & 0xFFFFFFFF;
	$S ^= $S >> 17;
	$S ^= ($S << 5) & 0xFFFFFFFF;
	return $S;
}
sub rint { my ($n) = @_; return rnd() % $n; }
sub pick { return $_[rint(scalar @_)]; }
sub chance { my ($p) = @_; return rnd() / 4294967296.0 < $p; }
sub alt { my ($s) = @_; return pick(split /\|/, $s); }
sub shuffled
{
	my @a = @_;
	for (my $i = $#a; $i > 0; $i--)
	{
		my $j = rint($i + 1);
		@a[$i, $j] = @a[$j, $i];
	}
	return @a;
}

# ---------------------------------------------------------------- marks
my (%MARK, @MARKS);
{
	my $f = "$FindBin::Bin/marks.tsv";
	open my $fh, '<:encoding(UTF-8)', $f or die "$f: $!";
	while (my $l = <$fh>)
	{
		chomp $l;
		next if $l =~ /^#/ || $l !~ /\S/;
		my @c = split /\t/, $l, -1;
		my %m = (name => $c[0], classes => { map { $_ => 1 } split /,/, $c[2] },
				 prefixes => [ split /,/, $c[5] ],
				 aliases => [ grep { length } split /,/, ($c[8] // '') ]);
		$MARK{$c[0]} = \%m;
		push @MARKS, $c[0];
	}
}
my @LANGS = qw(ru kk az tr ka hy en zh);
my %LI = map { $LANGS[$_] => $_ } 0 .. $#LANGS;

# ---------------------------------------------------------------- product nouns
# ptype => [class or undef, ru, kk, az, tr, ka, hy, en, zh]
my %PT = (
 phone => [9, 'Смартфон|Телефон', 'Смартфон|Ұялы телефон', 'Smartfon|Mobil telefon', 'Akıllı Telefon|Cep Telefonu', 'სმარტფონი|მობილური ტელეფონი', 'Սմարթֆոն|Բջջային հեռախոս', 'Smartphone|Mobile Phone', '手机|智能手机'],
 earbuds => [9, 'Беспроводные наушники|Наушники TWS', 'Сымсыз құлаққап|Құлаққап', 'Simsiz qulaqlıq|Bluetooth qulaqlıq', 'Kablosuz Kulaklık|Bluetooth Kulaklık', 'უსადენო ყურსასმენი', 'Անլար ականջակալներ', 'Wireless Earbuds|Bluetooth Earphones', '无线蓝牙耳机|降噪耳机'],
 headph => [9, 'Накладные наушники|Полноразмерные наушники', 'Толық өлшемді құлаққап', 'Böyük qulaqlıq', 'Kulak Üstü Kulaklık', 'ყურსასმენები', 'Ականջակալներ', 'Over-Ear Headphones|Noise Cancelling Headphones', '头戴式耳机'],
 speaker => [9, 'Портативная колонка|Блютуз колонка', 'Портативті колонка', 'Portativ kalonka|Bluetooth dinamik', 'Bluetooth Hoparlör|Taşınabilir Hoparlör', 'პორტატული დინამიკი', 'Դյուրակիր բարձրախոս', 'Portable Speaker|Bluetooth Speaker', '蓝牙音箱|便携音响'],
 laptop => [9, 'Ноутбук', 'Ноутбук', 'Noutbuk', 'Dizüstü Bilgisayar|Laptop', 'ლეპტოპი|ნოუთბუქი', 'Նոութբուք', 'Laptop|Notebook', '笔记本电脑'],
 tablet => [9, 'Планшет', 'Планшет', 'Planşet', 'Tablet', 'პლანშეტი', 'Պլանշետ', 'Tablet', '平板电脑'],
 swatch => [9, 'Умные часы|Смарт-часы', 'Смарт сағат|Ақылды сағат', 'Smart saat|Ağıllı saat', 'Akıllı Saat', 'სმარტ საათი', 'Խելացի ժամացույց', 'Smart Watch|Smartwatch', '智能手表'],
 band => [9, 'Фитнес-браслет', 'Фитнес білезік', 'Fitnes qolbaq', 'Akıllı Bileklik', 'ფიტნეს სამაჯური', 'Ֆիթնես ապարանջան', 'Fitness Tracker|Smart Band', '智能手环'],
 tv => [9, 'Телевизор', 'Теледидар', 'Televizor', 'Televizyon|Smart TV', 'ტელევიზორი', 'Հեռուստացույց', 'Smart TV|LED TV', '智能电视|液晶电视'],
 camera => [9, 'Фотоаппарат|Беззеркальная камера', 'Фотоаппарат', 'Fotoaparat', 'Fotoğraf Makinesi', 'ფოტოაპარატი', 'Ֆոտոխցիկ', 'Mirrorless Camera', '微单相机'],
 console => [9, 'Игровая приставка|Игровая консоль', 'Ойын приставкасы', 'Oyun konsolu', 'Oyun Konsolu', 'სათამაშო კონსოლი', 'Խաղային կոնսոլ', 'Game Console', '游戏主机'],
 gamepad => [28, 'Геймпад|Джойстик', 'Геймпад', 'Coystik|Geympad', 'Oyun Kolu|Gamepad', 'ჯოისტიკი', 'Ջոյսթիք', 'Wireless Controller|Gamepad', '无线手柄|游戏手柄'],
 sunglasses => [9, 'Солнцезащитные очки|Очки солнечные', 'Күннен қорғайтын көзілдірік', 'Günəş eynəyi', 'Güneş Gözlüğü', 'მზის სათვალე', 'Արևային ակնոց', 'Sunglasses', '太阳镜|墨镜'],
 router => [9, 'Wi-Fi роутер|Роутер', 'Wi-Fi роутер', 'Wi-Fi router|Modem', 'Wi-Fi Router|Modem', 'როუტერი', 'Wi-Fi երթուղիչ', 'Wi-Fi Router|Mesh Router', '无线路由器'],
 powerbank => [9, 'Повербанк|Внешний аккумулятор', 'Пауэрбанк', 'Powerbank|Portativ şarj', 'Powerbank|Taşınabilir Şarj Cihazı', 'პაუერბანკი', 'Արտաքին մարտկոց', 'Power Bank|Portable Charger', '充电宝|移动电源'],
 mouse => [9, 'Мышь беспроводная|Игровая мышь', 'Сымсыз тінтуір', 'Simsiz siçan', 'Kablosuz Mouse|Oyuncu Mouse', 'უსადენო მაუსი', 'Անլար մկնիկ', 'Wireless Mouse|Gaming Mouse', '无线鼠标'],
 calc => [9, 'Калькулятор инженерный', 'Инженерлік калькулятор', 'Mühəndis kalkulyatoru', 'Bilimsel Hesap Makinesi', 'საინჟინრო კალკულატორი', 'Ինժեներական հաշվիչ', 'Scientific Calculator', '科学计算器'],
 synth => [15, 'Синтезатор', 'Синтезатор', 'Sintezator', 'Org Klavye|Dijital Piyano', 'სინთეზატორი', 'Սինթեզատոր', 'Digital Keyboard|Portable Keyboard', '电子琴'],
 vacuum => [7, 'Беспроводной пылесос|Вертикальный пылесос', 'Сымсыз шаңсорғыш', 'Simsiz tozsoran', 'Dikey Süpürge|Şarjlı Süpürge', 'უსადენო მტვერსასრუტი', 'Անլար փոշեկուլ', 'Cordless Vacuum Cleaner|Stick Vacuum', '无线吸尘器'],
 robovac => [7, 'Робот-пылесос', 'Робот шаңсорғыш', 'Robot tozsoran', 'Robot Süpürge', 'რობოტი მტვერსასრუტი', 'Ռոբոտ փոշեկուլ', 'Robot Vacuum', '扫地机器人'],
 washer => [7, 'Стиральная машина', 'Кір жуғыш машина', 'Paltaryuyan maşın', 'Çamaşır Makinesi', 'სარეცხი მანქანა', 'Լվացքի մեքենա', 'Washing Machine', '洗衣机'],
 blender => [7, 'Блендер', 'Блендер', 'Blender', 'Blender|El Blender Seti', 'ბლენდერი', 'Բլենդեր', 'Blender', '破壁机|料理机'],
 dryer => [11, 'Фен для волос|Фен', 'Шаш кептіргіш|Фен', 'Fen|Saç fenı', 'Saç Kurutma Makinesi|Fön Makinesi', 'თმის საშრობი|ფენი', 'Վարսահարդարիչ|Ֆեն', 'Hair Dryer', '吹风机|电吹风'],
 styler => [undef, 'Стайлер для волос|Мультистайлер', 'Шаш стайлері', 'Saç stayleri', 'Saç Şekillendirici', 'სტაილერი', 'Ստայլեր', 'Hair Styler|Multi-Styler', '卷发棒|美发造型器'],
 purifier => [11, 'Очиститель воздуха', 'Ауа тазартқыш', 'Hava təmizləyici', 'Hava Temizleyici', 'ჰაერის გამწმენდი', 'Օդի մաքրիչ', 'Air Purifier', '空气净化器'],
 fan => [11, 'Вентилятор', 'Желдеткіш', 'Ventilyator', 'Vantilatör', 'ვენტილატორი', 'Օդափոխիչ', 'Bladeless Fan|Tower Fan', '无叶风扇'],
 kettle => [11, 'Электрочайник|Чайник электрический', 'Электр шәйнек', 'Elektrik çaydanı', 'Su Isıtıcı|Kettle', 'ელექტრო ჩაიდანი', 'Էլեկտրական թեյնիկ', 'Electric Kettle', '电热水壶'],
 fridge => [11, 'Холодильник', 'Тоңазытқыш', 'Soyuducu', 'Buzdolabı', 'მაცივარი', 'Սառնարան', 'Refrigerator|Fridge Freezer', '冰箱'],
 airfryer => [11, 'Аэрогриль|Аэрофритюрница', 'Аэрогриль', 'Aerogril|Fritöz', 'Yağsız Fritöz|Fritöz', 'აეროგრილი', 'Աերոգրիլ', 'Air Fryer', '空气炸锅'],
 shaver => [8, 'Электробритва|Бритва электрическая', 'Электр ұстара', 'Elektrik ülgüc|Təraş maşını', 'Tıraş Makinesi', 'ელექტრო საპარსი', 'Էլեկտրական սափրիչ', 'Electric Shaver', '电动剃须刀'],
 epilator => [8, 'Эпилятор', 'Эпилятор', 'Epilyator', 'Epilatör', 'ეპილატორი', 'Էպիլյատոր', 'Epilator', '脱毛器'],
 trimmer => [8, 'Триммер для бороды|Машинка для стрижки', 'Сақал триммері', 'Trimmer|Saç qırxan maşın', 'Sakal Tıraş Makinesi|Saç Kesme Makinesi', 'ტრიმერი', 'Տրիմեր', 'Beard Trimmer|Hair Clipper', '理发器|胡须修剪器'],
 iron => [8, 'Утюг|Паровой утюг', 'Үтік', 'Ütü', 'Buharlı Ütü', 'უთო', 'Արդուկ', 'Steam Iron', '蒸汽电熨斗'],
 toothbrush => [21, 'Электрическая зубная щетка', 'Электр тіс щеткасы', 'Elektrik diş fırçası', 'Şarjlı Diş Fırçası', 'ელექტრო კბილის ჯაგრისი', 'Էլեկտրական ատամի խոզանակ', 'Electric Toothbrush', '电动牙刷'],
 sneakers => [25, 'Кроссовки|Кеды', 'Кроссовкалар|Кроссовка', 'Krossovka|İdman ayaqqabısı', 'Spor Ayakkabı|Sneaker', 'კედები|სპორტული ფეხსაცმელი', 'Կրոսովկաներ|Սպորտային կոշիկ', 'Sneakers|Running Shoes', '运动鞋|休闲板鞋'],
 hoodie => [25, 'Худи|Толстовка', 'Худи', 'Hudi|Kapüşonlu sviter', 'Kapüşonlu Sweatshirt|Hoodie', 'ჰუდი', 'Հուդի', 'Hoodie', '连帽卫衣|卫衣'],
 tracksuit => [25, 'Спортивный костюм', 'Спорттық костюм', 'İdman kostyumu', 'Eşofman Takımı', 'სპორტული კოსტიუმი', 'Սպորտային կոստյում', 'Tracksuit', '运动套装'],
 tshirt => [25, 'Футболка', 'Футболка', 'Futbolka', 'Tişört|T-shirt', 'მაისური', 'Շապիկ|Մայկա', 'T-Shirt|Tee', 'T恤|短袖'],
 jeans => [25, 'Джинсы', 'Джинсы|Джинсы шалбар', 'Cins şalvar', 'Kot Pantolon|Jean', 'ჯინსი', 'Ջինսե տաբատ|Ջինս', 'Jeans', '牛仔裤'],
 jacket => [25, 'Джинсовая куртка|Куртка', 'Күртеше', 'Gödəkçə', 'Kot Ceket|Ceket', 'ქურთუკი', 'Բաճկոն', 'Denim Jacket|Jacket', '牛仔外套'],
 cap => [25, 'Кепка|Бейсболка', 'Кепка|Бейсболка', 'Kepka|Papaq', 'Şapka|Kep', 'კეპი|ქუდი', 'Գլխարկ|Կեպի', 'Baseball Cap', '棒球帽|鸭舌帽'],
 scarf => [25, 'Платок|Шарф', 'Орамал|Шарф', 'Şərf|Yaylıq', 'Eşarp|Şal', 'შარფი', 'Շարֆ', 'Silk Scarf|Scarf', '丝巾|围巾'],
 belt => [25, 'Ремень кожаный|Ремень', 'Былғары белдік', 'Dəri kəmər', 'Deri Kemer', 'ტყავის ქამარი', 'Կաշվե գոտի', 'Leather Belt', '皮带|腰带'],
 slides => [25, 'Шлепанцы|Сланцы', 'Шлепанцы', 'Şap-şap|Başmaq', 'Terlik', 'ჩუსტები', 'Հողաթափեր', 'Slides|Slippers', '拖鞋'],
 backpack => [18, 'Рюкзак', 'Рюкзак|Арқа сөмке', 'Bel çantası|Rükzak', 'Sırt Çantası', 'ზურგჩანთა', 'Ուսապարկ', 'Backpack', '双肩包|背包'],
 handbag => [18, 'Сумка женская|Сумка', 'Әйелдер сөмкесі|Сөмке', 'Qadın çantası|Çanta', 'Kadın Çanta|Omuz Çantası', 'ქალის ჩანთა|ჩანთა', 'Կանացի պայուսակ|Պայուսակ', 'Handbag|Shoulder Bag|Tote Bag', '女包|手提包|单肩包'],
 wallet => [18, 'Кошелек|Портмоне', 'Әмиян', 'Pul kisəsi', 'Cüzdan', 'საფულე', 'Դրամապանակ', 'Wallet', '钱包|卡包'],
 perfume => [3, 'Духи|Парфюм|Парфюмерная вода', 'Әтір|Парфюм', 'Ətir|Parfüm', 'Parfüm|Kadın Parfüm|Erkek Parfüm', 'სუნამო|პარფიუმი', 'Օծանելիք', 'Eau de Parfum|Perfume', '香水'],
 cream => [3, 'Крем для лица|Крем', 'Бет кремі|Крем', 'Üz kremi|Krem', 'Yüz Kremi|Nemlendirici Krem', 'სახის კრემი', 'Դեմքի քսուք|Քսուք', 'Face Cream|Moisturizing Cream', '面霜|保湿霜'],
 lipstick => [3, 'Помада|Губная помада', 'Ерін далабы', 'Dodaq boyası|Pomada', 'Ruj', 'ტუჩსაცხი', 'Շրթներկ', 'Lipstick', '口红'],
 deodorant => [3, 'Дезодорант|Антиперспирант', 'Дезодорант', 'Dezodorant', 'Deodorant', 'დეოდორანტი', 'Դեզոդորանտ', 'Deodorant|Antiperspirant', '止汗露|走珠'],
 showergel => [3, 'Гель для душа', 'Душ гелі', 'Duş geli', 'Duş Jeli', 'შხაპის გელი', 'Լոգանքի գել', 'Shower Gel', '沐浴露'],
 watch => [14, 'Часы наручные|Часы мужские|Часы женские', 'Қол сағат|Сағат', 'Qol saatı|Saat', 'Kol Saati|Erkek Kol Saati', 'მაჯის საათი|საათი', 'Ձեռքի ժամացույց|Ժամացույց', 'Wrist Watch|Watch', '手表|机械表'],
 bracelet => [14, 'Браслет', 'Білезік', 'Qolbaq', 'Bileklik', 'სამაჯური', 'Ապարանջան', 'Bracelet', '手镯|手链'],
 bricks => [28, 'Конструктор', 'Конструктор', 'Konstruktor', 'Yapım Seti|Oyuncak Yapı Seti', 'კონსტრუქტორი', 'Կոնստրուկտոր', 'Building Set|Building Blocks', '积木|拼装积木'],
 ball => [28, 'Футбольный мяч|Мяч', 'Футбол добы|Доп', 'Futbol topu', 'Futbol Topu', 'ფეხბურთის ბურთი', 'Ֆուտբոլի գնդակ', 'Soccer Ball|Football', '足球'],
);
sub noun { my ($pt, $lang) = @_; return alt($PT{$pt}[1 + $LI{$lang}]); }

# ---------------------------------------------------------------- what each mark sells
# mark => [ [ptype, 'model|model|...'], ... ]
my %SELLS = (
 'Dyson' => [[vacuum => 'V8 Absolute|V10 Animal|V11 Outsize|V12 Detect Slim|V15 Detect Absolute|Gen5detect'],
			 [dryer => 'Supersonic HD07|Supersonic HD08|Supersonic HD15|Supersonic Nural'],
			 [purifier => 'Purifier Cool TP07|Pure Hot+Cool HP07|Big+Quiet BP03'],
			 [fan => 'Cool AM07|Hot+Cool AM09'],
			 [styler => 'Airwrap Complete Long|Airwrap HS05|Airstrait HT01|Corrale']],
 'AirPods' => [[earbuds => 'Pro 2|Pro 2 USB-C|3|4|4 ANC|Pro 2nd generation'], [headph => 'Max']],
 'iPhone' => [[phone => '13 128GB|14 Pro 256GB|15 128GB|15 Pro Max 256GB|16 Pro 512GB|16 Plus|13 mini|11 64GB|SE 2022']],
 'Apple' => [[swatch => 'Watch Series 9 45mm|Watch Ultra 2|Watch SE 40mm|Watch Series 10'],
			 [laptop => 'MacBook Air 13 M2|MacBook Pro 14 M3|MacBook Air 15 M3'],
			 [tablet => 'iPad 10.9 64GB|iPad Air M2|iPad Pro 11 M4|iPad mini 6']],
 'Samsung' => [[phone => 'Galaxy S24 Ultra 256GB|Galaxy A55 5G|Galaxy A15|Galaxy Z Flip6|Galaxy S23 FE'],
			   [tv => '55" Crystal UHD CU7100|QE65Q80C QLED|Neo QLED 50 QN90'],
			   [fridge => 'RB34T600FSA|Bespoke RB38'], [washer => 'WW80T4040CE|AddWash WW90'],
			   [robovac => 'Jet Bot AI+'], [swatch => 'Galaxy Watch6 Classic|Galaxy Watch 7'],
			   [earbuds => 'Galaxy Buds2 Pro|Galaxy Buds FE|Galaxy Buds 3 Pro'], [tablet => 'Galaxy Tab S9 FE|Galaxy Tab A9+']],
 'Xiaomi' => [[phone => 'Redmi Note 13 Pro|14T Pro|Redmi 13C|Poco X6 Pro|13T'],
			  [robovac => 'Robot Vacuum S10+|Mi Robot Vacuum-Mop 2 Pro|Robot Vacuum X20'],
			  [band => 'Smart Band 8|Smart Band 9 Pro|Mi Band 7'], [kettle => 'Mi Electric Kettle 2|Electric Kettle 1A'],
			  [purifier => 'Smart Air Purifier 4 Lite|Mi Air Purifier 3H'], [powerbank => '20000mAh 22.5W|10000 mAh'],
			  [router => 'AX3000|AX3000T|Mi Router 4A'], [earbuds => 'Redmi Buds 5 Pro|Redmi Buds 4 Lite'], [tv => 'TV A Pro 43|TV A2 32']],
 'Sony' => [[headph => 'WH-1000XM5|WH-CH520|WH-1000XM4|ULT Wear'], [earbuds => 'WF-1000XM5|WF-C700N|LinkBuds S'],
			[tv => 'Bravia 7 55"|KD-50X75WL|Bravia XR-65A80L'], [camera => 'Alpha a7 IV|ZV-E10|a6400 kit'],
			[speaker => 'SRS-XB100|ULT Field 1|SRS-XE200']],
 'Bose' => [[headph => 'QuietComfort 45|QuietComfort Ultra|700|QC SE'], [earbuds => 'QuietComfort Earbuds II|Ultra Open Earbuds|Sport Earbuds'],
			[speaker => 'SoundLink Flex|SoundLink Micro|SoundLink Max|SoundLink Revolve+ II']],
 'JBL' => [[speaker => 'Flip 6|Charge 5|Go 4|Clip 5|PartyBox 110|Boombox 3|Xtreme 3|Go 3'],
		   [headph => 'Tune 520BT|Tune 770NC|Live 660NC'], [earbuds => 'Wave Beam|Tune Buds|Tour Pro 2|Wave 200TWS']],
 'Philips' => [[shaver => 'Series 5000 S5587|OneBlade QP2824|Series 9000 S9985|Series 3000'],
			   [toothbrush => 'Sonicare 3100|Sonicare DiamondClean 9000|Sonicare ProtectiveClean 4300'],
			   [kettle => 'HD9350|Series 5000 HD9359'], [airfryer => 'Airfryer XXL HD9650|Essential HD9200|3000 Series NA120'],
			   [iron => 'Azur 8000 DST8041|PerfectCare PSG7130'], [blender => 'HR3573|Series 5000 HR3041'],
			   [dryer => 'BHD510|Series 3000 BHD308']],
 'Braun' => [[shaver => 'Series 9 Pro+ 9560cc|Series 7 71-S7200cc|Series 5 51-B1000s|Series 3 300s'],
			 [epilator => 'Silk-épil 9 9-720|Silk-épil 5 5-620'], [trimmer => 'MGK7220|BT3420|Series 7 BT7240'],
			 [dryer => 'Satin Hair 7 HD785'], [iron => 'CareStyle 7 IS7286|TexStyle 7'], [kettle => 'WK 5110|PurEase WK3100']],
 'Nike' => [[sneakers => "Air Force 1 '07|Air Max 90|Dunk Low Panda|Air Jordan 1 Mid|Pegasus 41|Vomero 5|Cortez"],
			[hoodie => 'Tech Fleece|Club Fleece'], [tracksuit => 'Tech Fleece|Dri-FIT Academy'],
			[tshirt => 'Dri-FIT|Sportswear Club'], [cap => 'Heritage86|Club Cap'], [backpack => 'Brasilia|Heritage'],
			[ball => 'Flight|Premier League Strike'], [slides => 'Victori One|Calm']],
 'Adidas' => [[sneakers => 'Samba OG|Gazelle|Superstar|Campus 00s|Forum Low|Yeezy Boost 350 V2|Ultraboost Light|Spezial'],
			  [tracksuit => 'Tiro 24|Adicolor Firebird'], [hoodie => 'Essentials|Trefoil'], [tshirt => 'Trefoil|Originals 3-Stripes'],
			  [backpack => 'Classic Badge of Sport'], [ball => 'Al Rihla|Champions League Pro'], [slides => 'Adilette'], [cap => 'Trefoil']],
 'Puma' => [[sneakers => 'Suede Classic XXI|RS-X|Palermo|Speedcat OG|Caven 2.0|Mayze'], [tshirt => 'ESS Logo'], [cap => 'ESS Cap'],
			[backpack => 'Phase'], [perfume => 'Jamaica Man|Yellow'], [watch => 'P5038|Reset'], [slides => 'Leadcat 2.0'], [hoodie => 'ESS Big Logo']],
 'Gucci' => [[handbag => 'GG Marmont|Dionysus|Jackie 1961|Horsebit 1955|Ophidia'], [wallet => 'GG Marmont|Ophidia'],
			 [belt => 'GG Marmont 4 cm|Double G'], [sneakers => 'Ace|Rhyton|Screener'],
			 [perfume => 'Bloom|Guilty Pour Homme|Flora Gorgeous Gardenia'], [watch => 'G-Timeless|Dive'],
			 [scarf => 'GG Wool'], [slides => 'GG Rubber']],
 'Chanel' => [[perfume => 'No 5|Coco Mademoiselle|Chance Eau Tendre|Allure Homme Sport|Gabrielle'],
			  [lipstick => 'Rouge Allure Velvet|Rouge Coco Flash'], [cream => 'Hydra Beauty|Le Lift'],
			  [handbag => 'Classic Flap|Boy Bag|2.55|22 Bag'], [bracelet => 'Coco Crush'], [wallet => 'Classic Card Holder']],
 'Louis Vuitton' => [[handbag => 'Neverfull MM|Speedy 30|Alma BB|OnTheGo GM|Pochette Métis|Keepall 55'],
					 [wallet => 'Zippy|Victorine'], [belt => 'Initiales 40mm'], [sneakers => 'Trainer|Run Away'],
					 [scarf => 'Monogram Shine'], [perfume => 'Imagination|Ombre Nomade']],
 'Rolex' => [[watch => 'Submariner Date 41|Datejust 36|Daytona Cosmograph|GMT-Master II Pepsi|Oyster Perpetual 41|Day-Date 40|Yacht-Master']],
 'Casio' => [[watch => 'G-Shock GA-2100|G-Shock DW-5600|Edifice EFR-526|Vintage A168WA|Baby-G BA-110'],
			 [calc => 'fx-991ES Plus|fx-82MS'], [synth => 'CT-S300|CT-X700|Privia PX-S1100']],
 'Lego' => [[bricks => 'Technic 42115|City 60337|Star Wars 75192|Creator 3in1 31058|Friends 41731|Ninjago 71799|Duplo 10986|Icons 10497|Speed Champions 76916']],
 'Nivea' => [[cream => 'Soft 200 ml|Creme 150 ml|Q10 Power|Cellular Luminous630'], [deodorant => 'Men Black & White Invisible|Dry Comfort'],
			 [showergel => 'Men Cool Kick|Creme Soft']],
 'Huawei' => [[phone => 'Pura 70 Pro|Mate 60 Pro|nova 12s|nova Y91'], [swatch => 'Watch GT 4 46mm|Watch Fit 3|Watch 4 Pro'],
			  [earbuds => 'FreeBuds Pro 3|FreeBuds SE 2'], [laptop => 'MateBook D 16|MateBook 14'],
			  [tablet => 'MatePad 11.5|MatePad Pro 13.2'], [router => 'AX3 Pro'], [band => 'Band 9|Band 8']],
 'Lenovo' => [[laptop => 'ThinkPad X1 Carbon Gen 11|IdeaPad Slim 3 15IRU8|Legion 5 Pro|Yoga Slim 7|ThinkBook 14|LOQ 15'],
			  [tablet => 'Tab M10 Plus|Tab P12|Legion Tab'], [earbuds => 'thinkplus LP40 Pro|LivePods XT90']],
 'PlayStation' => [[console => '5 Slim Digital Edition|5 Pro|5 825GB|4 Pro 1TB|Portal'],
				   [gamepad => '5 DualSense Edge|DualSense Midnight Black|DualShock 4']],
 'Ray-Ban' => [[sunglasses => 'Aviator RB3025|Wayfarer RB2140|Clubmaster RB3016|Round Metal RB3447|Erika RB4171|Justin RB4165']],
 "Levi's" => [[jeans => '501 Original|511 Slim|502 Taper|505 Regular|Ribcage Straight'], [jacket => 'Trucker|Sherpa Trucker'],
			  [tshirt => 'Housemark Logo|Batwing'], [belt => 'Reversible'], [wallet => 'Bifold']],
);

# ---------------------------------------------------------------- transliterations
# mark => { lang => 'form|form' }; 'el' = Greek, used in English titles
my %TR = (
 'Dyson' => {ru => 'Дайсон|Дайсон|Дисон', kk => 'Дайсон', ka => 'დაისონი|დაისონ', hy => 'Դայսոն', tr => 'Dayson|Daysın', az => 'Dayson', el => 'Ντάισον'},
 'AirPods' => {ru => 'Эйрподс|Аирподс|Эйрподсы|Эирподс', kk => 'Эйрподс|Аирподс', ka => 'ეარპოდსი|აირპოდსი', hy => 'Էյրփոդս|Էյրպոդս', tr => 'Eyırpods|Eyrpods', az => 'Eyrpods|Eyrpodz', el => 'Έαρποντς'},
 'iPhone' => {ru => 'Айфон|айфон', kk => 'Айфон', ka => 'აიფონი', hy => 'Այֆոն', tr => 'Ayfon', az => 'Ayfon', el => 'Άιφον'},
 'Apple' => {ru => 'Эппл|Эпл', kk => 'Эппл', ka => 'ეფლი|ეპლი', hy => 'Էփլ|Էպլ', tr => 'Epıl', az => 'Eppl'},
 'Samsung' => {ru => 'Самсунг|Самсонг', kk => 'Самсуң|Самсунг', ka => 'სამსუნგი', hy => 'Սամսունգ', az => 'Samsunq', el => 'Σάμσουνγκ'},
 'Xiaomi' => {ru => 'Сяоми|Ксиаоми|Шаоми|Ксяоми', kk => 'Сяоми|Шаоми', ka => 'ქსიაომი|შაომი', hy => 'Քսիաոմի|Սյաոմի', tr => 'Şaomi|Şiaomi', az => 'Şaomi|Ksiaomi', el => 'Σιαόμι'},
 'Sony' => {ru => 'Сони', kk => 'Сони', ka => 'სონი', hy => 'Սոնի', tr => 'Soni', az => 'Soni', el => 'Σόνι'},
 'Bose' => {ru => 'Боуз|Бозе', kk => 'Боуз', ka => 'ბოუზი|ბოზე', hy => 'Բոուզ|Բոզե', tr => 'Bouz', az => 'Bouz', el => 'Μπόουζ'},
 'JBL' => {ru => 'Джибиэль|ДжейБиЭль|Джи Би Эль', kk => 'Джибиэль', ka => 'ჯეიბიელი|ჯიბიელი', hy => 'Ջեյ Բի Էլ|Ջիբիէլ', tr => 'Jibiel', az => 'Cey-Bi-El', el => 'Τζέι Μπι Ελ'},
 'Philips' => {ru => 'Филипс|Филлипс', kk => 'Филипс', ka => 'ფილიპსი|ფილიფსი', hy => 'Ֆիլիպս', tr => 'Filips', az => 'Filips', el => 'Φίλιπς'},
 'Braun' => {ru => 'Браун', kk => 'Браун', ka => 'ბრაუნი', hy => 'Բրաուն', el => 'Μπράουν'},
 'Nike' => {ru => 'Найк|Найки', kk => 'Найк', ka => 'ნაიკი', hy => 'Նայք|Նայկի', tr => 'Nayk|Nayki', az => 'Nayk', el => 'Νάικι'},
 'Adidas' => {ru => 'Адидас', kk => 'Адидас', ka => 'ადიდასი', hy => 'Ադիդաս', el => 'Αντίντας'},
 'Puma' => {ru => 'Пума', kk => 'Пума', ka => 'პუმა', hy => 'Պումա', el => 'Πούμα'},
 'Gucci' => {ru => 'Гуччи|Гучи', kk => 'Гуччи', ka => 'გუჩი|გუჩჩი', hy => 'Գուչի', tr => 'Guçi', az => 'Quçi|Quççi', el => 'Γκούτσι'},
 'Chanel' => {ru => 'Шанель', kk => 'Шанель', ka => 'შანელი', hy => 'Շանել', tr => 'Şanel', az => 'Şanel', el => 'Σανέλ'},
 'Louis Vuitton' => {ru => 'Луи Виттон|Луи Витон|Луи Вюиттон', kk => 'Луи Виттон', ka => 'ლუი ვიტონი', hy => 'Լուի Վիտոն', tr => 'Lui Viton|Lui Vitton', az => 'Lui Vitton', el => 'Λουί Βιτόν'},
 'Rolex' => {ru => 'Ролекс', kk => 'Ролекс', ka => 'როლექსი', hy => 'Ռոլեքս', tr => 'Roleks', az => 'Roleks', el => 'Ρόλεξ'},
 'Casio' => {ru => 'Касио', kk => 'Касио', ka => 'კასიო', hy => 'Կասիո', tr => 'Kasyo', az => 'Kasio', el => 'Κάσιο'},
 'Lego' => {ru => 'Лего', kk => 'Лего', ka => 'ლეგო', hy => 'Լեգո', az => 'Leqo', el => 'Λέγκο'},
 'Nivea' => {ru => 'Нивея|Нивеа', kk => 'Нивея', ka => 'ნივეა', hy => 'Նիվեա', el => 'Νιβέα'},
 'Huawei' => {ru => 'Хуавей|Хуавэй|Хуавеи', kk => 'Хуавей|Һуавей', ka => 'ჰუავეი', hy => 'Հուավեյ|Հուավեի', tr => 'Huavey', az => 'Huavey', el => 'Χουαγουέι'},
 'Lenovo' => {ru => 'Леново', kk => 'Леново', ka => 'ლენოვო', hy => 'Լենովո', el => 'Λενόβο'},
 'PlayStation' => {ru => 'Плейстейшн|Плейстейшен|Плэйстэйшн', kk => 'Плейстейшн', ka => 'ფლეისთეიშენი|პლეისტეიშენი', hy => 'Փլեյսթեյշն', tr => 'Pleysteyşın|Pleystişın', az => 'Pleysteyşn|Pleysteyşin', el => 'Πλέιστέισον'},
 'Ray-Ban' => {ru => 'Рэй Бэн|Рей Бен|Рэйбан|Рейбан', kk => 'Рэй Бэн', ka => 'რეი ბენი|რეიბანი', hy => 'Ռեյ Բեն', tr => 'Rey Ben|Reyben', az => 'Reyban|Rey Ben', el => 'Ρέι Μπαν'},
 "Levi's" => {ru => 'Левис|Ливайс|Левайс', kk => 'Левис|Ливайс', ka => 'ლევაისი|ლივაისი', hy => 'Լիվայս|Լևիս', tr => 'Livayz|Livays', az => 'Livays', el => 'Λιβάις'},
);
sub translit_forms
{
	my ($m, $lang) = @_;
	my $t = $TR{$m};
	return @{$MARK{$m}{aliases}} if $lang eq 'zh';
	my $k = $lang eq 'en' ? 'el' : $lang;
	return () unless $t && $t->{$k};
	return split /\|/, $t->{$k};
}

# ---------------------------------------------------------------- per-language decoration
my %COLOUR = (
 ru => 'черный|белый|серый|синий|розовый|бежевый|графит|голубой|зеленый|фиолетовый',
 kk => 'қара|ақ|сұр|көк|қызғылт|жасыл',
 az => 'qara|ağ|boz|mavi|çəhrayı|yaşıl|bej',
 tr => 'Siyah|Beyaz|Gri|Lacivert|Pembe|Bej|Yeşil|Mavi',
 ka => 'შავი|თეთრი|ნაცრისფერი|ლურჯი|ვარდისფერი',
 hy => 'սև|սպիտակ|մոխրագույն|կապույտ|վարդագույն',
 en => 'Black|White|Grey|Navy|Pink|Beige|Midnight|Silver',
 zh => '黑色|白色|灰色|蓝色|粉色|米色',
);
my %GEN = (
 ru => 'оригинал|новый|в упаковке|гарантия 1 год|Хит продаж|последняя модель|в наличии|2024|топ качество|с документами',
 kk => 'түпнұсқа|жаңа|кепілдік 1 жыл|қорапта|жаңа модель|бар',
 az => 'orijinal|yeni|zəmanətli|qutuda|endirimdə|yeni model|mağazada var',
 tr => 'Orijinal|Yeni Sezon|2 Yıl Garantili|Faturalı|İndirimli|Stokta|Kutulu',
 ka => 'ორიგინალი|ახალი|გარანტიით|ყუთში|ახალი მოდელი',
 hy => 'օրիգինալ|նոր|երաշխիքով|տուփով|նոր մոդել',
 en => 'Original|New|Sealed|Latest Model|Hot Sale|Best Price|2024 New|In Stock',
 zh => '正品|全新|现货|国行|官方|新款|港版',
);
my %DELIV = (
 ru => 'Доставка по Казахстану|Бесплатная доставка|Рассрочка 0-0-12|Kaspi Red|Самовывоз Алматы|Отправка в регионы|Оптом и в розницу|12 990 ₸|45000 тг|3 490 ₽|цена 9990|доставка за 1 день',
 kk => 'Қазақстан бойынша жеткізу|Алматы|Астана|тегін жеткізу|Kaspi бөліп төлеу|15 000 ₸',
 az => 'Bakı daxili çatdırılma|çatdırılma var|kreditlə|120 AZN|89 ₼|Umico-da|ünvana çatdırılma',
 tr => 'Hızlı Kargo|Aynı Gün Kargo|Ücretsiz Kargo|Taksit İmkanı|1.299 TL|899,90 TL',
 ka => 'მიწოდება თბილისში|უფასო მიწოდება|150 ₾|250 ლარი|განვადებით',
 hy => 'Առաքում Երևանում|անվճար առաքում|25000 ֏|45 000 դրամ|ապառիկ',
 en => 'Free Shipping|Ships in 24h|Fast Delivery|$29.99|US$ 15|COD available|Worldwide Shipping',
 zh => '包邮|顺丰包邮|七天无理由|一件代发|厂家直销|¥299|￥89|现货秒发',
);
my @EMOJI = ('🔥', '✅', '⚡', '💯', '🎁', '⭐', '🚚', '❤️', '‼️', '🆕', '👍');
my %STUFF = (
 ru => 'подарок мужчине подарок девушке|на 8 марта|на новый год|хит 2024 топ|для дома для офиса|мужские женские унисекс',
 kk => 'сыйлық|жаңа жылға сыйлық|ерлерге әйелдерге',
 az => 'hədiyyə|kişi qadın|yeni il hədiyyəsi',
 tr => 'Hediye Erkek Kadın Unisex|Yılbaşı Hediyesi|Kampanya Fırsat',
 ka => 'საჩუქარი|ქალის კაცის',
 hy => 'նվեր|կանացի տղամարդու',
 en => 'Gift for Men Women|Birthday Gift|Christmas Gift|Unisex Hot Sale 2024',
 zh => '男女同款 学生 送礼|爆款 热卖|ins风 网红',
);
my %SIZE_SHOE = (ru => 'р. 42|размер 40|36-45|41 размер', kk => '42 өлшем|40 размер', az => 'ölçü 42|40-44', tr => '42 Numara|40 Beden', ka => 'ზომა 42', hy => 'չափս 42', en => 'EU 42|US 9|Size 10', zh => '42码|36-44码');
my %SIZE_CL = (ru => 'размер M|S-XXL|48-50|р. L', kk => 'M өлшем|S-XXL', az => 'ölçü L|S-XXL', tr => 'M Beden|S-XXL', ka => 'ზომა M', hy => 'չափս L', en => 'Size M|S-XXL|Size L', zh => 'M码|S-XXL');
my %SHOE = map { $_ => 1 } qw(sneakers slides);
my %CLOTH = map { $_ => 1 } qw(hoodie tracksuit tshirt jeans jacket cap);

sub attrs
{
	my ($lang, $pt) = @_;
	my @a;
	push @a, alt($COLOUR{$lang}) if chance(0.45);
	push @a, alt($SIZE_SHOE{$lang}) if $pt && $SHOE{$pt} && chance(0.6);
	push @a, alt($SIZE_CL{$lang}) if $pt && $CLOTH{$pt} && chance(0.5);
	push @a, alt($GEN{$lang}) if chance(0.5);
	my $j = $lang eq 'zh' ? ' ' : pick(' ', ', ', ' ');
	return join $j, @a;
}

# ---------------------------------------------------------------- cues and styles
my %CUES = (
 ru => 'реплика|копия|1:1|муляж|люкс|AAA',
 kk => 'реплика|көшірме|1:1|люкс',
 az => 'replika|kopya|1:1|lüks|AAA',
 tr => 'replika|kopya|1:1|AAA|birebir',
 ka => 'რეპლიკა|ასლი|1:1|AAA',
 hy => 'ռեպլիկա|կրկնօրինակ|1:1|կոպիա',
 en => 'replica|1:1|copy|AAA|mirror quality|first copy|super copy',
 zh => '高仿|复刻|1:1|A货|原单',
);
# cue as written in the title: case variants
sub cue_written
{
	my ($c) = @_;
	my $r = rint(3);
	return $c if $r == 0;
	return ucx($c) if $r == 1;
	(my $u = ucfirst $c) =~ tr/\x{1C90}-\x{1CBF}/\x{10D0}-\x{10FF}/;
	return $u;
}
my %STYLE = (
 ru => 'как у {B}|в стиле {B}|{B} style',
 kk => '{B} сияқты|{B} стилінде',
 az => '{B} stilində|{B} kimi',
 tr => '{B} Tipi|{B} Model|{B} Muadili',
 ka => '{B}-ის სტილში',
 hy => '{B}-ի ոճով',
 en => '{B} Style|inspired by {B}',
 zh => '{B}同款|{B}款',
);
my %TPL = (
 ru => ['{N} {B} {A}', '{B} {n} {A}', '{N} {B} {A} {D}', '{E} {B} {n} {A} {E}', 'Продаю {B}, {A}', '{N} {B}, {A}, {D}', '{B} — {n} {A}', '{N} {B} {A} {S}'],
 kk => ['{B} {n} {A}', '{N} {B} {A}', '{B} {n} {A} {D}', '{E} {B} {n} {E} {D}', '{N} {B}, {A}', '{B} {n} {S}'],
 az => ['{B} {n} {A}', '{N} {B} {A}', '{B} {A} {D}', '{E} {B} {n} {E}', '{N} {B} satılır, {A}', '{B} {n} {A} {D}'],
 tr => ['{B} {N} {A}', '{B} {N} {A} {D}', '{E} {B} {N} {E}', '{B} {N}', '{N} {B} {A}', '{B} {N} {A} {S}'],
 ka => ['{B} {n} {A}', '{n} {B} {A}', '{B} {n} {D}', '{E} {B} {n} {A}'],
 hy => ['{B} {n} {A}', '{n} {B} {A}', '{B} {n} {D}', '{E} {B} {n} {A}'],
 en => ['{B} {N} {A}', '{B} {N}, {A}, {D}', '{E} {B} {N} {E}', '{N} {B} {A}', 'New {B} {N} {A}', '{B} {N} {A} {S}'],
 zh => ['{B}{n} {A}', '{B} {n}{A} {D}', '{D} {B}{n}{A}', '【{D}】{B} {n} {A}', '{n} {B} {A}', '{B}{n} {S}'],
);
my $PH = "\x{E000}";		# placeholder for the (disguised) mark

# fill a template; $b is the brand+model text (may contain $PH)
sub fill
{
	my ($lang, $tpl, $b, $pt, $nounfn) = @_;
	my $N = $nounfn->();
	my $n = ($lang eq 'ru' || $lang eq 'kk' || $lang eq 'az') ? lcfirst_word($N) : $N;
	my $t = $tpl;
	$t =~ s/\{B\}/$b/g;
	$t =~ s/\{N\}/$N/g;
	$t =~ s/\{n\}/$n/g;
	$t =~ s/\{A\}/attrs($lang, $pt)/ge;
	$t =~ s/\{D\}/chance(0.8) ? alt($DELIV{$lang}) : ''/ge;
	$t =~ s/\{E\}/chance(0.7) ? pick(@EMOJI) : ''/ge;
	$t =~ s/\{S\}/alt($STUFF{$lang})/ge;
	return $t;
}
sub lcfirst_word { my ($s) = @_; return $s =~ /^Wi-Fi/ ? $s : lcfirst $s; }

sub tidy
{
	my ($t) = @_;
	$t =~ s/【】//g;
	$t =~ s/ +/ /g;
	$t =~ s/ ,/,/g;
	$t =~ s/,(,|$)/$1/g;
	$t =~ s/^[ ,—]+|[ ,—]+$//g;
	$t =~ s/, ?,/,/g;
	return $t;
}

# title for a product listing; $form is the mark as written (or undef for
# brand-less), $brand an unregistered brand or ''; returns (title, cues)
sub product_title
{
	my (%o) = @_;
	my $lang = $o{lang};
	my $pt = $o{pt};
	my $model = $o{model} // '';
	my $b;
	if (defined $o{form})
	{
		$b = $PH;
		if ($o{prefix_mark}) { $b = "$o{prefix_mark} $b"; }
		$b .= ' ' . $model if length $model;
		if ($o{style}) { my $st = alt($STYLE{$lang}); $st =~ s/\{B\}/$b/; $b = $st; }
	}
	else
	{
		$b = join ' ', grep { length } ($o{brand} // ''), $model;
	}
	my $tpl = pick(@{$TPL{$lang}});
	$tpl = 'Продаю {B}, {A}' if $lang eq 'ru' && $o{avito};
	my $t = fill($lang, $tpl, $b, $pt, sub { noun($pt, $lang) });
	my @cues;
	if ($o{cue})
	{
		my @pool = split /\|/, $CUES{$lang};
		my $nc = chance(0.2) ? 2 : 1;
		my %seen;
		for (1 .. $nc)
		{
			my $c = pick(@pool);
			next if $seen{$c}++;
			push @cues, $c;
			my $w = cue_written($c);
			$w = "качество $w" if $lang eq 'ru' && $c =~ /^(1:1|люкс|AAA)$/ && chance(0.4);
			$w = "$w kalite" if $lang eq 'tr' && $c =~ /^(1:1|AAA)$/ && chance(0.5);
			$w = "$w quality" if $lang eq 'en' && $c =~ /^(1:1|AAA)$/ && chance(0.4);
			my $r = rint(4);
			if ($r == 0) { $t = ($lang eq 'zh' && $w !~ /[\x00-\x7F]$/) ? "$w$t" : "$w $t"; }
			elsif ($r == 1 && $t =~ /\Q$b\E/) { my $bb = $b; $t =~ s/\Q$bb\E/$bb $w/; }
			else { $t .= $lang eq 'zh' ? " $w" : pick(' ', ' ', ', ', ' - ') . $w; }
		}
	}
	$t = tidy($t);
	return ($t, join ',', map { lc } @cues);
}

# upper case as sellers type it: Georgian has no capitals in use, so
# Mtavruli (which uc() produces) is folded back to Mkhedruli
sub ucx
{
	my ($s) = @_;
	$s = uc $s;
	$s =~ tr/\x{1C90}-\x{1CBF}/\x{10D0}-\x{10FF}/;
	return $s;
}

# upper-case everything except the placeholder, then put the mark in
sub render
{
	my ($t, $form, $caps) = @_;
	if ($caps)
	{
		my @p = split /\Q$PH\E/, $t, -1;
		$t = join $PH, map { ucx($_) } @p;
	}
	$t =~ s/\Q$PH\E/$form/g if defined $form;
	return $t;
}

# ---------------------------------------------------------------- disguises
my %CYR = (a => "\x{0430}", c => "\x{0441}", e => "\x{0435}", o => "\x{043E}", p => "\x{0440}", x => "\x{0445}",
		   y => "\x{0443}", i => "\x{0456}", s => "\x{0455}", j => "\x{0458}", h => "\x{04BB}",
		   A => "\x{0410}", B => "\x{0412}", C => "\x{0421}", E => "\x{0415}", H => "\x{041D}", I => "\x{0406}",
		   J => "\x{0408}", K => "\x{041A}", M => "\x{041C}", O => "\x{041E}", P => "\x{0420}", S => "\x{0405}",
		   T => "\x{0422}", X => "\x{0425}", Y => "\x{04AE}");
my %GRK = (A => "\x{0391}", B => "\x{0392}", E => "\x{0395}", H => "\x{0397}", I => "\x{0399}", K => "\x{039A}",
		   M => "\x{039C}", N => "\x{039D}", O => "\x{039F}", P => "\x{03A1}", T => "\x{03A4}", X => "\x{03A7}",
		   Y => "\x{03A5}", Z => "\x{0396}", o => "\x{03BF}", i => "\x{03B9}", v => "\x{03BD}", u => "\x{03C5}",
		   p => "\x{03C1}", k => "\x{03BA}", a => "\x{03B1}");
my %ARM = (o => "\x{0585}", n => "\x{0578}", u => "\x{057D}", h => "\x{0570}", g => "\x{0581}", q => "\x{0566}",
		   O => "\x{0555}", S => "\x{054F}");
my %DIG = (o => '0', O => '0', i => '1|!', I => '1|!', l => '1', L => '1', e => '3', E => '3', a => '4|@', A => '4|@',
		   s => '5|$', S => '5|$', B => '8', g => '9', t => '7', T => '7', z => '2', Z => '2');
my %TRK = (i => "\x{0131}", I => "\x{0130}");
my @MATH = ([0x1D400, 0x1D41A], [0x1D468, 0x1D482], [0x1D5A0, 0x1D5BA], [0x1D5D4, 0x1D5EE], [0x1D608, 0x1D622], [0x1D670, 0x1D68A]);

sub casevar
{
	my ($m) = @_;
	my $r = rint(20);
	return uc $m if $r < 5;
	return lc $m if $r < 8;
	return ucfirst lc $m if $r < 10 && $m =~ /[a-z][A-Z]/;
	return $m;
}

# substitute 1..3 letters from a map
sub subst_map
{
	my ($m, $map) = @_;
	my @c = split //, $m;
	my @pos = grep { exists $map->{$c[$_]} } 0 .. $#c;
	return undef unless @pos;
	@pos = shuffled(@pos);
	my $k = 1 + rint(@pos >= 3 ? 3 : scalar @pos);
	$k = 1 if chance(0.35);
	for my $p (@pos[0 .. $k - 1]) { $c[$p] = alt($map->{$c[$p]}); }
	return join '', @c;
}

sub homoglyph
{
	my ($m) = @_;
	for (1 .. 50)
	{
		my $base = chance(0.3) ? uc $m : $m;
		my $style = pick(qw(cyr cyr cyr cyr grk arm dig dig dig trk full math mix));
		my $r;
		if ($style eq 'cyr') { $r = subst_map($base, \%CYR); }
		elsif ($style eq 'grk') { $r = subst_map($base, \%GRK); }
		elsif ($style eq 'arm') { $r = subst_map($base, \%ARM); }
		elsif ($style eq 'dig') { $r = subst_map($base, \%DIG); }
		elsif ($style eq 'trk')
		{
			next unless $base =~ /[iI]/;
			($r = $base) =~ s/([iI])/$TRK{$1}/g;
		}
		elsif ($style eq 'full')
		{
			$r = join '', map { $_ eq ' ' ? "\x{3000}" : (ord($_) >= 0x21 && ord($_) <= 0x7E) ? chr(ord($_) - 0x21 + 0xFF01) : $_ } split //, $base;
			if (chance(0.3) && length($base) > 3)
			{		# only some letters fullwidth
				my @b = split //, $base; my @f = split //, $r;
				my $i = 1 + rint(length($base) - 2);
				$r = join '', @b[0 .. $i - 1], @f[$i .. $#f];
			}
		}
		elsif ($style eq 'math')
		{
			my $st = pick(@MATH);
			$r = join '', map { /[A-Z]/ ? chr($st->[0] + ord($_) - 65) : /[a-z]/ ? chr($st->[1] + ord($_) - 97) : $_ } split //, $base;
		}
		else
		{		# Cyrillic and digits together
			$r = subst_map($base, \%CYR);
			next unless defined $r;
			my $r2 = subst_map($r, \%DIG);
			$r = $r2 if defined $r2;
		}
		next unless defined $r && $r ne $base && lc($r) ne lc($m);
		return $r;
	}
	die "no homoglyph for $m";
}

my %SPLIT = ('AirPods' => 3, 'iPhone' => 1, 'PlayStation' => 4, 'Samsung' => 3, 'Xiaomi' => 4, 'Huawei' => 3,
			 'Lenovo' => 2, 'Dyson' => 2, 'Philips' => 4, 'Adidas' => 3, 'Nivea' => 2, 'Rolex' => 2, 'Casio' => 2,
			 'Gucci' => 3, 'Chanel' => 3, 'Braun' => 3, 'Nike' => 2, 'Puma' => 2, 'Lego' => 2, 'Bose' => 2,
			 'Sony' => 2, 'Apple' => 2, 'JBL' => 1);
my @ZW = ("\x{200B}", "\x{200C}", "\x{200D}", "\x{2060}", "\x{FEFF}", "\x{00AD}");

sub spacing
{
	my ($m) = @_;
	for (1 .. 50)
	{
		my $base = chance(0.2) ? uc $m : $m;
		my $r;
		my $how = rint(10);
		if ($m eq 'Louis Vuitton' && $how < 4)
		{
			$r = pick('LouisVuitton', 'Louis-Vuitton', 'Louis_Vuitton', 'Louis.Vuitton', 'LOUISVUITTON', 'Louis  Vuitton', 'LouisVUITTON', 'Lou is Vuitton', 'Louis Vuit ton');
		}
		elsif ($m eq 'Ray-Ban' && $how < 5)
		{
			$r = pick('RayBan', 'Ray Ban', 'Rayban', 'Ray_Ban', 'Ray.Ban', 'RAYBAN', "Ray\x{2013}Ban", 'RAY BAN', 'Ray - Ban', 'Ray/Ban');
		}
		elsif ($m eq "Levi's" && $how < 5)
		{
			$r = pick('Levis', 'LEVIS', 'Levi`s', "Levi\x{2019}s", "Levi\x{00B4}s", 'Levi s', 'Levi-s', "LEVI\x{2019}S", 'levis');
		}
		elsif ($how < 3)
		{		# every letter separated
			my $sep = pick(' ', '.', '-', '_', '*', "\x{00B7}", ' . ', "\x{00A0}", "\x{2009}", '/');
			$r = join $sep, grep { $_ ne ' ' } split //, $base;
		}
		elsif ($how < 6 && $SPLIT{$m})
		{		# one split
			my $p = $SPLIT{$m};
			$p = 1 + rint(length($m) - 1) if chance(0.3);
			my $sep = pick(' ', ' ', '-', '.', '_', '  ', "\x{3000}");
			$r = substr($base, 0, $p) . $sep . substr($base, $p);
		}
		elsif ($how < 9)
		{		# zero-width characters
			my @c = split //, $base;
			my $n = 1 + rint(2);
			for (1 .. $n)
			{
				my $p = 1 + rint(scalar(@c) - 1);
				splice @c, $p, 0, pick(@ZW);
			}
			$r = join '', @c;
		}
		else
		{		# dots after each letter, capitals
			$r = join '.', grep { $_ ne ' ' } split //, uc $m;
			$r .= '.' if chance(0.5);
		}
		next if $r eq $m;
		next if lc($r) eq lc($m);
		return $r;
	}
	die "no spacing for $m";
}

# Damerau (optimal string alignment) distance
sub dl
{
	my ($a, $b) = @_;
	my @a = split //, $a; my @b = split //, $b;
	my @d;
	$d[$_][0] = $_ for 0 .. @a;
	$d[0][$_] = $_ for 0 .. @b;
	for my $i (1 .. @a)
	{
		for my $j (1 .. @b)
		{
			my $c = $a[$i - 1] eq $b[$j - 1] ? 0 : 1;
			my $v = $d[$i - 1][$j] + 1;
			$v = $d[$i][$j - 1] + 1 if $d[$i][$j - 1] + 1 < $v;
			$v = $d[$i - 1][$j - 1] + $c if $d[$i - 1][$j - 1] + $c < $v;
			if ($i > 1 && $j > 1 && $a[$i - 1] eq $b[$j - 2] && $a[$i - 2] eq $b[$j - 1])
			{
				$v = $d[$i - 2][$j - 2] + 1 if $d[$i - 2][$j - 2] + 1 < $v;
			}
			$d[$i][$j] = $v;
		}
	}
	return $d[@a][@b];
}

my %KBD = (q => 'wa', w => 'qes', e => 'wrd', r => 'etf', t => 'ryg', y => 'tuh', u => 'yij', i => 'uok', o => 'ipl',
		   p => 'ol', a => 'qsz', s => 'adwx', d => 'sfex', f => 'dgrc', g => 'fhtv', h => 'gjyb', j => 'hkun',
		   k => 'jlim', l => 'kop', z => 'asx', x => 'zsdc', c => 'xdfv', v => 'cfgb', b => 'vghn', n => 'bhjm', m => 'njk');
# real words and names a typo must not produce (they are negatives)
my %NOTYPO = map { $_ => 1 } qw(tyson bison dixon dison phone iphones apples ample apply appel samsun song son soy
	tony bony pony sonny sonya sono boss rose nose lose hose pose dose bone bore bode bole base bosh bise bos
	philip phillips brain bran brawn brown nice nile mike bike like pike nine nick nikes nuke pump pima pumas
	duma yuma luma numa channel chapel casino lego logo leg legs leggo lago ego niva neva nivel levi lewis
	elvis levin lexus airpod rolls rolled gucci guess casing cassio lenox renovo hawaii huawai jbl bbl);
$NOTYPO{lc $_} = 1 for map { split /\|/ } map { ($_->{tr} // '', $_->{az} // '') } values %TR;
my %ISMARK = map { lc($_) => 1 } @MARKS;

sub typo
{
	my ($m) = @_;
	my @c = split //, $m;
	my @L = grep { $c[$_] =~ /[A-Za-z]/ } 0 .. $#c;
	for (1 .. 200)
	{
		my @r = @c;
		my $op = pick(qw(ins del sub swap dbl kbd kbd));
		my $p = pick(@L);
		my $up = $c[$p] =~ /[A-Z]/ && $m =~ /^[^a-z]*$/;
		my $ch = sub { my ($x) = @_; return $up ? uc $x : $x; };
		if ($op eq 'ins') { splice @r, $p + rint(2), 0, $ch->(chr(97 + rint(26))); }
		elsif ($op eq 'del') { next if @L <= 4; splice @r, $p, 1; }
		elsif ($op eq 'sub') { my $x = chr(97 + rint(26)); $r[$p] = $c[$p] =~ /[A-Z]/ ? uc $x : $x; }
		elsif ($op eq 'swap')
		{
			next unless $p < $#c && $c[$p + 1] =~ /[A-Za-z]/;
			@r[$p, $p + 1] = @c[$p + 1, $p];
			if ($p == 0 && $c[0] =~ /[A-Z]/ && $c[1] =~ /[a-z]/) { $r[0] = uc $r[0]; $r[1] = lc $r[1]; }
		}
		elsif ($op eq 'dbl') { splice @r, $p, 0, $c[$p]; }
		else
		{
			my $nb = $KBD{lc $c[$p]} or next;
			my $x = substr($nb, rint(length $nb), 1);
			$r[$p] = $c[$p] =~ /[A-Z]/ ? uc $x : $x;
		}
		my $r = join '', @r;
		$r = uc $r if chance(0.15);
		my $k = lc $r;
		next if dl($k, lc $m) != 1;
		next if $k eq lc($m) . 's';
		(my $kk = $k) =~ s/[^a-z]//g;
		next if $NOTYPO{$k} || $NOTYPO{$kk} || $ISMARK{$k};
		return $r;
	}
	die "no typo for $m";
}

# ---------------------------------------------------------------- sellers, GTIN, jurisdiction
my %SELLER = (
 ru => ['ИП Ахметов', 'ТОО «Техно Мир»', 'ShopKZ', 'Gadget Store Almaty', 'ООО Ромашка', 'Электроника24', 'МегаОпт', 'BeautyLab', 'Sneaker Point', 'Мир часов'],
 kk => ['ЖК Серікбаев', 'Алматы Маркет', 'TechnoDala', 'Сұлу Сән', 'Нұр Сауда'],
 az => ['Tap Mağaza', 'Elektron Dünya', 'BakuStyle', 'Gənclik Market', 'Moda Evi'],
 tr => ['TeknoDünya', 'ModaSepeti', 'Hızlı Kargo Store', 'KozmetikPlus', 'Ayakkabı Diyarı'],
 ka => ['GeoTech', 'თბილისი მარკეტი', 'Gadget.ge', 'Stilisi'],
 hy => ['Yerevan Shop', 'Էլեկտրոնիկա Պլյուս', 'ModaAM', 'TechnoArm'],
 en => ['Global Deals', 'BestPrice Outlet', 'TopGadget Co', 'DailyFinds', 'Sunrise Trading'],
 zh => ['深圳华强北数码店', '义乌小商品批发', '广州潮牌工厂店', '莆田鞋业', '东莞电子旗舰'],
);
my %JUR = (ru => 'RU|RU|KZ|KZ|BY|KG', kk => 'KZ', az => 'AZ', tr => 'TR', ka => 'GE', hy => 'AM', en => 'KZ|UZ|KG|AZ|GE|AM|TR|RU', zh => 'CN');
my %HOLDERPFX = map { $_ => 1 } map { @{$_->{prefixes}} } values %MARK;
my @CPFX = (460 .. 469, 481, 487, 476, 486, 485, 868, 869, 690 .. 699);

sub gtin13
{
	my ($pfx) = @_;
	my $d = $pfx;
	$d .= rint(10) while length $d < 12;
	my $s = 0;
	my @x = split //, $d;
	for my $i (0 .. 11) { $s += $x[$i] * ($i % 2 ? 3 : 1); }
	return $d . ((10 - $s % 10) % 10);
}
sub other_pfx
{
	for (1 .. 100)
	{
		my $p = pick(@CPFX) . sprintf('%04d', rint(10000));
		return $p unless $HOLDERPFX{$p};
	}
	die;
}
sub gtin_for
{
	my ($m, $p_holder) = @_;
	return '' unless chance(0.4);
	return gtin13(pick(@{$MARK{$m}{prefixes}})) if $m && chance($p_holder);
	return gtin13(other_pfx());
}
sub seller { my ($lang) = @_; return chance(0.25) ? '' : pick(@{$SELLER{$lang}}); }
sub jur { my ($lang) = @_; return chance(0.1) ? '' : alt($JUR{$lang}); }

# ---------------------------------------------------------------- rows
my @ROWS;
sub row
{
	my (%r) = @_;
	push @ROWS, [ $r{listing}, $r{seller} // '', $r{gtin} // '', $r{jur} // '', $r{class} // '', $r{mark} // '',
				  $r{kind}, $r{ref} ? 1 : 0, $r{cues} // '', $r{lang}, $r{other} // '' ];
}

my %LW = (ru => 24, kk => 12, az => 10, tr => 14, ka => 8, hy => 8, en => 14, zh => 10);
my @LBAG = map { ($_) x $LW{$_} } @LANGS;
sub lang { return pick(@LBAG); }
# transliterations lean more on the scripts that have them
my %LWT = (ru => 18, kk => 12, az => 10, tr => 10, ka => 12, hy => 12, en => 10, zh => 16);
my @LBAGT = map { ($_) x $LWT{$_} } @LANGS;

# a mark cycle so that every mark gets its share
my @CYCLE;
sub next_mark
{
	my ($ok) = @_;
	for (1 .. 500)
	{
		@CYCLE = shuffled(@MARKS) unless @CYCLE;
		my $m = shift @CYCLE;
		return $m if !$ok || $ok->($m);
	}
	die 'no mark';
}

sub positive
{
	my ($kind) = @_;
	my $lang = $kind eq 'transliteration' ? pick(@LBAGT) : lang();
	my $m;
	my @tf;
	if ($kind eq 'transliteration')
	{
		$m = next_mark(sub { scalar translit_forms($_[0], $lang) });
		@tf = translit_forms($m, $lang);
	}
	elsif ($kind eq 'typo') { $m = next_mark(sub { $_[0] ne 'JBL' }); }
	else { $m = next_mark(); }
	my ($pt, $models) = @{pick(@{$SELLS{$m}})};
	my $model = chance(0.85) ? alt($models) : '';
	my $form;
	if ($kind eq 'exact') { $form = casevar($m); }
	elsif ($kind eq 'spacing') { $form = spacing($m); }
	elsif ($kind eq 'homoglyph') { $form = homoglyph($m); }
	elsif ($kind eq 'typo') { $form = typo($m); }
	else
	{
		$form = pick(@tf);
		$form = uc $form if $lang =~ /^(tr|az|ru)$/ && chance(0.12);
	}
	my ($prefix, $other) = ('', '');
	if ($kind eq 'exact' && ($m eq 'AirPods' || $m eq 'iPhone') && chance(0.35))
	{
		($prefix, $other) = ($lang eq 'zh' && chance(0.5) ? '苹果' : 'Apple', 'Apple');
	}
	if ($kind eq 'exact' && $m eq 'PlayStation' && chance(0.35)) { ($prefix, $other) = ('Sony', 'Sony'); }
	if ($kind eq 'exact' && $lang eq 'zh' && @{$MARK{$m}{aliases}} && !$prefix && chance(0.4))
	{
		$prefix = $MARK{$m}{aliases}[0];
	}
	my $caps = chance(0.1);
	my ($t, $cues) = product_title(lang => $lang, pt => $pt, model => $model, form => $form,
								   prefix_mark => $prefix, cue => chance(0.33), style => chance(0.1),
								   avito => chance(0.08));
	$t = render($t, $form, $caps);
	my $cls = $PT{$pt}[0];
	$cls = '' unless defined $cls && chance(0.5);
	die "class $cls not in $m" if length $cls && !$MARK{$m}{classes}{$cls};
	row(listing => $t, seller => seller($lang), gtin => gtin_for($m, 0.5), jur => jur($lang), class => $cls,
		mark => $m, kind => $kind, cues => $cues, lang => $lang, other => $other);
}

# ---------------------------------------------------------------- referential
# acc => [ru, kk, az, tr, ka, hy, en, zh]
my %ACC = (
 case => ['Чехол|Силиконовый чехол', 'Қап|Чехол', 'Çexol|Qoruyucu qab', 'Kılıf|Silikon Kılıf', 'ქეისი|ჩასადები', 'Պատյան|Քեյս', 'Case|Protective Cover', '保护套|保护壳'],
 glass => ['Защитное стекло', 'Қорғаныш әйнек', 'Qoruyucu şüşə', 'Ekran Koruyucu|Temperli Cam', 'დამცავი მინა', 'Պաշտպանիչ ապակի', 'Screen Protector|Tempered Glass', '钢化膜'],
 charger => ['Зарядное устройство|Зарядка', 'Зарядтағыш', 'Adapter|Şarj cihazı', 'Şarj Aleti|Şarj Adaptörü', 'დამტენი', 'Լիցքավորիչ', 'Charger|Fast Charger', '充电器'],
 cable => ['Кабель USB-C|Кабель', 'Кабель', 'Kabel', 'Şarj Kablosu', 'კაბელი', 'Մալուխ', 'Charging Cable', '数据线'],
 strap => ['Ремешок', 'Бау', 'Qayış', 'Kordon', 'სამაჯური ღვედი', 'Ժամացույցի գոտի', 'Watch Band|Strap', '表带'],
 tips => ['Амбушюры', 'Амбушюралар', 'Qulaqlıq başlıqları', 'Kulaklık Silikonu|Kulak Pedi', 'ყურსასმენის ბალიშები', 'Ականջակալի բարձիկներ', 'Ear Tips|Ear Pads', '耳机套|耳罩'],
 filter => ['Фильтр|HEPA фильтр', 'Сүзгі', 'Filtr', 'Filtre|HEPA Filtre', 'ფილტრი', 'Ֆիլտր', 'Filter|HEPA Filter', '滤网|滤芯'],
 brush => ['Щетка-насадка|Насадка', 'Саптама', 'Fırça başlığı', 'Fırça Başlığı|Aparat', 'საქშენი', 'Վրադիր', 'Brush Head|Attachment', '刷头|吸头'],
 battery => ['Аккумулятор', 'Аккумулятор', 'Batareya|Akkumulyator', 'Batarya', 'აკუმულატორი', 'Մարտկոց', 'Replacement Battery', '电池'],
 heads => ['Насадки для зубной щетки|Сменные насадки', 'Тіс щеткасының саптамалары', 'Diş fırçası başlıqları', 'Diş Fırçası Yedek Başlık', 'კბილის ჯაგრისის თავაკები', 'Ատամի խոզանակի գլխիկներ', 'Replacement Brush Heads', '替换刷头'],
 foil => ['Сетка и нож|Бреющая сетка', 'Ұстара торы', 'Ülgüc başlığı', 'Tıraş Başlığı|Yedek Başlık', 'საპარსი ბადე', 'Սափրիչի ցանց', 'Replacement Foil Head|Replacement Blade', '刀头|刀网'],
 stand => ['Подставка|Зарядная станция', 'Тұғыр', 'Altlıq|Şarj stansiyası', 'Stand|Şarj İstasyonu', 'სადგამი', 'Կանգնակ', 'Stand|Charging Station', '支架|充电座'],
 lenses => ['Линзы сменные', 'Линза', 'Linza', 'Yedek Cam', 'ლინზები', 'Ոսպնյակներ', 'Replacement Lenses', '替换镜片'],
 organizer => ['Органайзер для сумки|Органайзер', 'Сөмке органайзері', 'Çanta orqanayzeri', 'Çanta Düzenleyici', 'ჩანთის ორგანაიზერი', 'Պայուսակի կազմակերպիչ', 'Bag Organizer Insert', '内胆包'],
 box => ['Шкатулка|Коробка для часов', 'Сағат қорабы', 'Saat qutusu', 'Saat Kutusu', 'საათის ყუთი', 'Ժամացույցի տուփ', 'Watch Box', '表盒'],
 minifig => ['Минифигурки|Детали', 'Минифигуралар', 'Minifiqurlar', 'Minifigür|Parça Seti', 'მინიფიგურები', 'Մինիֆիգուրներ', 'Minifigures|Bricks', '人仔|配件'],
 insoles => ['Стельки', 'Ұлтарақ', 'İçlik', 'Tabanlık', 'ჩასადები ძირები', 'Ներդիրներ', 'Insoles', '鞋垫'],
 laces => ['Шнурки', 'Бау', 'Bağ', 'Ayakkabı Bağcığı', 'ზონრები', 'Կոշկակապեր', 'Shoelaces|Laces', '鞋带'],
);
# mark => [ [acc, model, class or undef], ... ]
my %REF = (
 'AirPods' => [[case => 'Pro 2', 9], [case => '3', 9], [case => '4', 9], [tips => 'Pro', 9], [case => 'Pro', 9]],
 'iPhone' => [[case => '15 Pro Max', 9], [glass => '14', 9], [glass => '16 Pro', 9], [charger => '', 9], [cable => '', 9], [case => '13', 9]],
 'Apple' => [[strap => 'Watch 45mm', undef], [strap => 'Watch Ultra', undef], [glass => 'Watch 41mm', 9], [charger => 'Watch', 9]],
 'Samsung' => [[case => 'Galaxy S24 Ultra', 9], [glass => 'Galaxy A55', 9], [charger => '', 9], [strap => 'Galaxy Watch 6', undef]],
 'Xiaomi' => [[strap => 'Smart Band 8', undef], [brush => 'Robot Vacuum S10', 7], [filter => 'Mi Robot Vacuum-Mop 2', 7], [glass => 'Redmi Note 13', 9], [case => 'Redmi 13C', 9]],
 'Dyson' => [[filter => 'V11', 7], [brush => 'V15', 7], [battery => 'V10', 9], [filter => 'TP07', 11], [brush => 'V8', 7], [stand => 'V12', undef]],
 'PlayStation' => [[stand => '5', undef], [charger => '5 DualSense', 9], [case => 'Portal', undef]],
 'Lego' => [[minifig => 'City', 28], [minifig => 'Star Wars', 28], [minifig => 'Technic', 28]],
 'Casio' => [[strap => 'G-Shock GA-2100', 14], [strap => 'A168', 14]],
 'Huawei' => [[strap => 'Watch GT 4', undef], [case => 'Pura 70', 9], [glass => 'Mate 60 Pro', 9]],
 'Lenovo' => [[charger => 'ThinkPad 65W', 9], [battery => 'IdeaPad', 9], [case => 'Tab M10', 9]],
 'Philips' => [[heads => 'Sonicare', 21], [foil => 'OneBlade', 8]],
 'Braun' => [[foil => 'Series 9', 8], [foil => 'Series 7', 8]],
 'JBL' => [[case => 'Flip 6', undef], [case => 'Charge 5', undef], [charger => 'Go 3', 9]],
 'Bose' => [[tips => 'QuietComfort Earbuds II', 9], [tips => 'QC45', 9]],
 'Sony' => [[tips => 'WH-1000XM4', 9], [tips => 'WF-1000XM5', 9], [battery => 'Alpha NP-FZ100', 9]],
 'Ray-Ban' => [[lenses => 'RB3025', 9], [case => 'Wayfarer', undef]],
 'Rolex' => [[box => 'Submariner', 14], [strap => 'Datejust', 14]],
 'Nike' => [[laces => 'Air Force 1', undef], [insoles => 'Air Max', 25]],
 'Adidas' => [[laces => 'Samba', undef], [insoles => 'Ultraboost', 25]],
 'Louis Vuitton' => [[organizer => 'Neverfull MM', 18], [organizer => 'Speedy 30', 18]],
 'Chanel' => [[organizer => 'Classic Flap', 18]],
 'Gucci' => [[organizer => 'Marmont', 18]],
 'Puma' => [[laces => 'Suede', undef]],
);
my %REFTPL = (
 ru => ['{A} для {M} {X}', '{A} на {M} {X}', '{A} совместимый с {M} {X}', '{A} подходит для {M} {X}'],
 kk => ['{M} {X} үшін {a}', '{M} {X} арналған {a}'],
 az => ['{M} {X} üçün {a}', '{M} {X} ilə uyğun {a}'],
 tr => ['{M} {X} Uyumlu {A}', '{M} {X} için {A}'],
 ka => ['{A} {M} {X}-ისთვის'],
 hy => ['{A} {M} {X}-ի համար'],
 en => ['{A} for {M} {X}', '{A} Compatible with {M} {X}', 'Replacement {a} fits {M} {X}'],
 zh => ['适用于{M} {X}{A}', '{M} {X}{A} 适配', '适用{M} {X} {A}'],
);

sub referential
{
	my $lang = lang();
	my $m = next_mark(sub { $REF{$_[0]} });
	my ($acc, $model, $cls) = @{pick(@{$REF{$m}})};
	my $form = casevar($m);
	my $r = rint(10);
	if ($r == 0) { $form = spacing($m); }
	elsif ($r == 1) { my @tf = translit_forms($m, $lang); $form = pick(@tf) if @tf; }
	my $A = alt($ACC{$acc}[$LI{$lang}]);
	my $a = ($lang =~ /^(ru|kk|az|en)$/) ? lcfirst_word($A) : $A;
	my $t = pick(@{$REFTPL{$lang}});
	my $other = '';
	my $mm = $PH;
	if (($m eq 'AirPods' || $m eq 'iPhone') && $form eq $m && chance(0.25)) { $mm = "Apple $PH"; $other = 'Apple'; }
	$t =~ s/\{A\}/$A/; $t =~ s/\{a\}/$a/; $t =~ s/\{M\}/$mm/; $t =~ s/\{X\}/$model/;
	$t =~ s/ +-/-/g;
	$t .= ' ' . attrs($lang, undef) if chance(0.5);
	$t .= ' ' . alt($DELIV{$lang}) if chance(0.4);
	$t = pick(@EMOJI) . ' ' . $t if chance(0.1);
	$t = render(tidy($t), $form, chance(0.08));
	$cls = '' unless defined $cls && chance(0.5);
	die "ref class $cls not in $m" if length $cls && !$MARK{$m}{classes}{$cls};
	row(listing => $t, seller => seller($lang), gtin => gtin_for($m, 0.05), jur => jur($lang), class => $cls,
		mark => $m, kind => 'referential', ref => 1, lang => $lang, other => $other);
}

# ---------------------------------------------------------------- negatives
# real brands not in marks.tsv: [brand, ptype, models]
my @OTHER = (
 [Tecno => phone => 'Spark 20 Pro|Camon 30'], [Infinix => phone => 'Hot 40i|Note 40'], [Realme => phone => '12 Pro+|C67'],
 [OnePlus => phone => '12R|Nord CE4'], [Honor => phone => 'X9b|200 Lite'], [Oppo => phone => 'Reno 11F|A79'],
 [Vivo => phone => 'V30|Y36'], [Nokia => phone => '105|G22'], [Motorola => phone => 'Edge 50|G84'],
 [Asus => laptop => 'Vivobook 15|ROG Strix G16|TUF Gaming F15'], [Acer => laptop => 'Aspire 5|Nitro V15'],
 [HP => laptop => 'Victus 15|Pavilion 14'], [Dell => laptop => 'Inspiron 15|XPS 13'], [MSI => laptop => 'Katana 15|Thin GF63'],
 [Logitech => mouse => 'G102|MX Master 3S|G305'], [Razer => mouse => 'DeathAdder V3|Viper Mini'],
 [Anker => powerbank => 'PowerCore 20000|Nano 10000'], [Baseus => powerbank => 'Blade 20000|Bipow'],
 [Ugreen => earbuds => 'HiTune T6|HiTune X6'], [Marshall => speaker => 'Emberton II|Willen|Acton III'],
 [Marshall => headph => 'Major IV|Monitor II'], [Sennheiser => headph => 'Momentum 4|HD 450BT'],
 [Soundcore => earbuds => 'Liberty 4 NC|Life P3'], [Beats => earbuds => 'Studio Buds+|Solo Buds'],
 [Tefal => iron => 'FV9845|Puregliss'], [Tefal => kettle => 'KO6931'], [Bosch => vacuum => 'Unlimited 7|Serie 6 BCS611'],
 [Bosch => washer => 'Serie 4 WAN24'], [Redmond => airfryer => 'RAG-241'], [Redmond => kettle => 'RK-M216S'],
 [Polaris => dryer => 'PHD 2600ACi'], [Scarlett => kettle => 'SC-EK18P'], [Vitek => blender => 'VT-3415'],
 [Rowenta => iron => 'DW5225'], [Remington => shaver => 'F5000|PF7200'], [Panasonic => shaver => 'ES-LV9U|ES-RT37'],
 [LG => tv => '55UR78006LK|OLED C3'], [LG => fridge => 'GA-B509'], [Haier => fridge => 'C2F637CXRG'],
 [Beko => washer => 'WSPE6H616W'], ['Arçelik' => washer => '9120 PM'], [Vestel => tv => '43F9510'],
 ['Kärcher' => vacuum => 'VC 4s|WD 3'], [Dreame => robovac => 'L10s Ultra|D10 Plus'], [Roborock => robovac => 'Q7 Max|S8'],
 ['New Balance' => sneakers => '574|9060|530'], [Reebok => sneakers => 'Club C 85|Classic Leather'],
 [Asics => sneakers => 'Gel-Kayano 14|Gel-1130'], [Skechers => sneakers => "Go Walk 7|D'Lites"], [Fila => sneakers => 'Disruptor II'],
 [Converse => sneakers => 'Chuck 70|Run Star Hike'], [Kappa => tracksuit => 'Authentic'], [Lacoste => tshirt => 'Polo L1212'],
 ['Tommy Hilfiger' => hoodie => 'Essential Logo'], ['Calvin Klein' => jeans => 'Slim Taper'], [Mavi => jeans => 'Jake|Serenay'],
 ["Colin's" => jeans => '067 Karl'], ['LC Waikiki' => tshirt => 'Basic'], [DeFacto => hoodie => 'Oversize'],
 [Koton => jacket => 'Denim'], [Zara => jacket => 'Oversize Blazer'], [Wrangler => jeans => 'Texas|Greensboro'],
 [Lee => jeans => 'Rider|Brooklyn'], ['Gloria Jeans' => jeans => 'Mom fit'],
 [Prada => handbag => 'Re-Edition 2005|Galleria'], ['Michael Kors' => handbag => 'Jet Set|Mercer'], [Coach => wallet => 'Tabby'],
 [Dior => perfume => 'Sauvage|Miss Dior'], [Versace => perfume => 'Eros|Bright Crystal'], ['Giorgio Armani' => perfume => 'Acqua di Gio|Si'],
 ["L'Oréal Paris" => cream => 'Revitalift'], [Garnier => cream => 'Skin Naturals'], [Dove => deodorant => 'Original'],
 [Rexona => deodorant => 'Men Invisible'], ['La Roche-Posay' => cream => 'Effaclar Duo+|Cicaplast B5'], [CeraVe => cream => 'Moisturising Cream'],
 [Maybelline => lipstick => 'SuperStay Matte Ink'], [Tissot => watch => 'PRX Powermatic 80|Le Locle'], [Seiko => watch => '5 Sports SRPD|Presage'],
 [Citizen => watch => 'Eco-Drive BM8180'], [Orient => watch => 'Bambino|Kamasu'], [Swatch => watch => 'MoonSwatch'], [Fossil => watch => 'Grant'],
 [Omega => watch => 'Seamaster 300|Speedmaster Moonwatch'], [Xbox => console => 'Series X|Series S 512GB'],
 [Nintendo => console => 'Switch OLED|Switch Lite'], [Playmobil => bricks => 'City Action 71390'], [Cobi => bricks => 'Tiger I 2556'],
 ['Mould King' => bricks => '13106'], [Oakley => sunglasses => 'Holbrook|Radar EV'], [Polaroid => sunglasses => 'PLD 2066'],
 [Carrera => sunglasses => 'Champion'], [Tefal => airfryer => 'Easy Fry XXL'], [Moulinex => blender => 'Perfect Mix'],
 ['Oral-B' => toothbrush => 'Pro 3 3500|iO 9'], [Garmin => swatch => 'Forerunner 265|Venu 3'], [Amazfit => swatch => 'GTR 4|Bip 5'],
 [Canon => camera => 'EOS R50|EOS 2000D'], [Fujifilm => camera => 'X-T30 II|X100VI'], ['TP-Link' => router => 'Archer AX55|Deco M4'],
 [Keenetic => router => 'Speedster|Giga'], [Yamaha => synth => 'PSR-E373|PSR-SX600'], [Citizen => calc => 'SR-270X'],
 ['The North Face' => jacket => 'Nuptse 1996'], [Columbia => jacket => 'Powder Lite'], [Herschel => backpack => 'Little America'],
 [Kanken => backpack => 'Classic'], [Mikasa => ball => 'V200W'], [Molten => ball => 'BG4500'], [Crocs => slides => 'Classic Clog'],
);

# brand-less model strings
my @GENMODEL = ('TWS Pro 6', 'M10', 'X9 Ultra', 'i12', 'Pro Max', '2024', 'S8 Ultra', 'T900', 'HD-2200', 'Mini', 'Q20', '');

# near-word negatives: [lang, title, class or undef, cues]
my @NEAR = (
 [en => 'Tyson Foods Chicken Nuggets 1.5 kg'], [en => 'Mike Tyson Boxing Gloves 12 oz Red', 28], [en => 'BISON Tool Set 108 pcs Chrome Vanadium'],
 [en => 'Bison Leather Belt for Men 38 mm'], [en => 'Dixon Ticonderoga Pencils #2 HB, 24 Pack'], [en => 'Nixon Time Teller Watch Black'],
 [en => 'Airport Travel Neck Pillow Memory Foam'], [en => 'Zojirushi Airpot 2.2 L Hot Water Dispenser'], [en => 'Phillips Screwdriver Set PH0 PH1 PH2', 8],
 [en => 'Phillips Head Bits 50 mm, 10 pcs', 8], [en => 'Boss Katana 50 MkII Guitar Amplifier'], [en => 'Hugo Boss Bottled EDT 100 ml'],
 [en => 'Bosch GSR 120-LI Cordless Drill'], [en => 'Samson Q2U USB Dynamic Microphone', 9], [en => 'Sonos Era 100 Smart Speaker'],
 [en => 'Sonic the Hedgehog Plush Toy 30 cm'], [en => 'Sonny Angel Blind Box Mini Figure', 28], [en => 'Nikon Z50 Mirrorless Camera Body'],
 [en => 'Lada Niva 4x4 Floor Mats Rubber', 12], [en => '4-Channel Relay Module 5V', 9], [en => '8 Channel DVR Security Camera System'],
 [en => 'Casino Poker Chips Set 300 pcs', 28], [en => 'Hawaiian Shirt Men Short Sleeve Floral'], [en => 'Custom Logo Embroidery Patch Iron-On'],
 [en => 'Brain Games Puzzle Book for Adults'], [en => 'Brown Leather Wallet RFID Blocking'], [en => 'Elvis Presley Vinyl LP Greatest Hits'],
 [en => 'Lewis Hamilton Fan Cap Black', 25], [en => 'Leviathan by Thomas Hobbes Paperback'], [en => 'Rayon Fabric by the Meter Floral'],
 [en => 'X-Ray Film Viewer LED'], [en => 'Pima Cotton T-Shirt Crew Neck', 25], [en => 'Electric Air Pump for Air Mattress'],
 [en => 'Pumba Plush Toy Lion King'], [en => 'Lenox Butterfly Meadow Dinner Plate'], [en => 'USB-C Docking Station 12 in 1'],
 [en => 'Pineapple Slicer Stainless Steel'], [en => 'Legolas Elf Cosplay Costume'], [en => 'Rolodex Rotary Card File 500 Cards'],
 [en => 'Cassia Cinnamon Sticks 200 g'], [en => 'Dayton Tower Fan 3 Speed'], [en => 'Workstation Desk L-Shaped'],
 [en => 'Play-Doh Starter Set 10 Colors'], [en => 'Louis Armstrong Vinyl What a Wonderful World'], [en => 'Louis XV Style Armchair'],
 [en => 'Chantelle Bra Non-Wired'], [en => 'JVC HA-A7T Wireless Earbuds'], [en => 'JLab Go Air Pop True Wireless Earbuds'],
 [en => 'Microphone Stand Boom Arm'], [en => 'Headphone Splitter 3.5 mm'], [en => 'Niveau Laser Level 360 Green'],
 [en => 'Nevada State Map Poster'], [en => 'Xiaolongbao Bamboo Steamer Basket 25 cm'], [en => 'Sanyo Microwave Oven 20 L'],
 [en => 'Lepin Building Blocks 05132 Star Destroyer'], [en => 'Aida Cross Stitch Fabric 14 count'], [en => 'Roller Skates Adjustable Kids'],
 [en => 'Relax Massage Chair Zero Gravity'], [en => 'Brownie Baking Mix 500 g'],
 [ru => 'Боксерские перчатки Тайсон 12 унций'], [ru => 'Набор инструментов Бизон 108 предметов'], [ru => 'Карандаши Диксон чернографитные 12 шт'],
 [ru => 'Семена дайкон Минович 2 г', 31], [ru => 'Самсон канцтовары набор ручек'], [ru => 'Маска для сна Соня шелковая'],
 [ru => 'Коврики в салон Лада Нива 4х4'], [ru => 'Шинель военная шерстяная', 25], [ru => 'Ролики роликовые коньки раздвижные'],
 [ru => 'Онлайн касса Атол'], [ru => 'Казино набор для покера 300 фишек'], [ru => 'Брауни шоколадное печенье 500 г'],
 [ru => 'Ладан афонский натуральный'], [ru => 'Пумба мягкая игрушка 40 см'], [ru => 'Подушка для путешествий в аэропорт'],
 [ru => 'Сонник толкование снов книга'], [ru => 'Филин игрушка мягкая'], [ru => 'Эльвис Пресли пластинка винил'],
 [ru => 'Хьюго Босс туалетная вода'], [ru => 'Дрель Бош аккумуляторная'], [ru => 'Никон фотоаппарат зеркальный'],
 [ru => 'Крестовая отвертка Phillips PH2'], [ru => 'Ремень Бизон кожаный мужской'], [ru => 'Канал кабельный 25х16'],
 [ru => 'Логотип вышивка на заказ'],
 [kk => 'Бизон құрал-саймандар жиынтығы'], [kk => 'Соня ұйқы маскасы'], [kk => 'Лада Нива төсеніштер'], [kk => 'Самсон кеңсе тауарлары'],
 [kk => 'Ролик коньки балаларға'], [kk => 'Казино фишкалар жиынтығы'], [kk => 'Тайсон бокс қолғаптары'],
 [az => 'VAZ 2121 Niva ehtiyat hissələri'], [az => 'Niva üçün təkər'], [az => 'Sona ətirli sabun'], [az => 'Bizon alətlər dəsti'],
 [az => 'Kassa aparatı yeni'], [az => 'Boss gitara pedalı'], [az => 'Roliklər uşaq üçün'],
 [tr => "Samsunspor Forması 2024"], [tr => "Samsun'dan Taze Fındık 1 kg"], [tr => 'Bizon El Aletleri Seti'], [tr => 'Nikon D3500 Fotoğraf Makinesi'],
 [tr => 'Çelik Kasa Şifreli'], [tr => 'Plastik Leğen 40 cm'], [tr => 'Roller Paten Ayarlanabilir'], [tr => 'Bosch Darbeli Matkap'],
 [tr => 'Kanal Kablo 25x16'], [tr => 'Pima Pamuk Tişört'],
 [ka => 'ნივა სალონის ხალიჩები'], [ka => 'სამსონი კანცელარია'], [ka => 'სონია სათამაშო თოჯინა'], [ka => 'კაზინოს ჩიპების ნაკრები'],
 [ka => 'ლეგენდა წიგნი ბავშვებისთვის'], [ka => 'ნიკა ბავშვის ზურგჩანთა'],
 [hy => 'Նիվա մեքենայի գորգեր'], [hy => 'Սոնա տիկնիկ'], [hy => 'Սամսոն գրենական պիտույքներ'], [hy => 'Կազինոյի չիպսեր հավաքածու'],
 [hy => 'Լեգենդ գիրք մանուկների համար'],
 [zh => '耐磨运动鞋 男款 防滑'], [zh => '小麦粉 5斤 高筋'], [zh => '三色 渐变 保温杯'], [zh => '古典 中式 茶具 套装'],
 [zh => '劳动 手套 加厚 耐磨'], [zh => '华丽 宫廷风 吊灯'], [zh => '可戴上 的 口罩挂绳'], [zh => '乐享 保温饭盒'], [zh => '大米 东北 新米 10斤'],
);

# class-based negatives: [lang, title, class, cues]
my @CLASSNEG = (
 [en => 'Fresh Apple Gala 1 kg', 31], [en => 'Apple Cider Vinegar 500 ml', 30], [en => 'Green Apple Shampoo 400 ml', 3],
 [en => 'Apple Tree Seedling Golden Delicious', 31], [en => 'Apple Juice 1 L, 100%', 32], [en => 'Puma Sticker for Car Window', 16],
 [en => 'Puma Animal Canvas Print 60x40', 16], [en => 'Freeman Dyson - Disturbing the Universe, Paperback', 16],
 [en => 'Dyson Sphere Poster A2', 16], [en => 'Coco Chanel Biography Hardcover', 16], [en => 'Louis Vuitton: The Birth of Modern Luxury, Book', 16],
 [en => 'House of Gucci Movie Poster A2', 16], [en => 'Nike of Samothrace Statue Replica 30 cm', 20, 'replica'],
 [en => 'Nike Goddess of Victory Poster', 16], [en => 'Wernher von Braun Biography Paperback', 16], [en => 'Apple Pie Filling 600 g', 30],
 [ru => 'Фримен Дайсон книга Оружие и надежда', 16], [ru => 'Коко Шанель. Жизнь, рассказанная ею самой, книга', 16],
 [ru => 'Дэн Браун Инферно книга', 16], [ru => 'Пума постер на стену', 16], [ru => 'Наклейка на авто Пума', 16],
 [ru => 'Шампунь Green Apple 400 мл', 3], [ru => 'Чай Apple Cinnamon 25 пакетиков', 30], [ru => 'Торт брауни от кондитерской Браун', 30],
 [kk => 'Фримен Дайсон кітабы', 16], [kk => 'Пума жапсырмасы көлікке', 16], [kk => 'Дэн Браун кітабы', 16],
 [tr => 'Green Apple Şampuan 400 ml', 3], [tr => 'Puma Araba Sticker', 16], [tr => 'Coco Chanel Biyografi Kitap', 16], [tr => 'Dan Brown Inferno Kitap', 16],
 [az => 'Green Apple şampun 400 ml', 3], [az => 'Puma stiker avtomobil üçün', 16],
 [ka => 'ბრაუნი ნამცხვარი შოკოლადის', 30], [ka => 'Green Apple შამპუნი', 3],
 [hy => 'Բրաունի թխվածք շոկոլադե', 30], [hy => 'Green Apple շամպուն', 3],
 [zh => '烟台红富士苹果 新鲜水果 5斤', 31], [zh => '苹果醋 饮料 整箱', 32], [zh => '黄小米 新米 2.5kg', 30], [zh => '小米粥 即食 早餐', 30],
 [zh => '博士帽 学位服 毕业', 25], [zh => '高乐高 可可粉 冲饮', 30], [zh => '三星堆 文创 冰箱贴', 20], [zh => '联想记忆 卡片 儿童', 16],
 [zh => '苹果树苗 嫁接 当年结果', 31], [zh => '阿克苏 冰糖心苹果 10斤', 31],
);

sub neg_row
{
	my ($lang, $t, $cls, $cues) = @_;
	row(listing => $t, seller => seller($lang), gtin => gtin_for(undef, 0), jur => jur($lang), class => $cls // '',
		kind => 'negative', cues => $cues // '', lang => $lang);
}

sub decorate
{
	my ($lang, $t) = @_;
	$t .= ($lang eq 'zh' ? ' ' : pick(' ', ', ')) . alt($COLOUR{$lang}) if chance(0.25);
	$t .= ' ' . alt($DELIV{$lang}) if chance(0.35);
	$t = pick(@EMOJI) . ' ' . $t if chance(0.1);
	$t = ucx($t) if chance(0.07);
	return tidy($t);
}

sub negatives
{
	my ($n_near, $n_class, $n_other, $n_plain) = @_;
	my @near = shuffled(@NEAR);
	for my $i (0 .. $n_near - 1)
	{
		my ($lang, $t, $cls) = @{$near[$i % @near]};
		@near = shuffled(@NEAR) if ($i + 1) % @near == 0;
		neg_row($lang, decorate($lang, $t), (chance(0.3) ? $cls : undef));
	}
	my @cn = shuffled(@CLASSNEG);
	for my $i (0 .. $n_class - 1)
	{
		my ($lang, $t, $cls, $cues) = @{$cn[$i % @cn]};
		neg_row($lang, decorate($lang, $t), $cls, $cues);
	}
	for (1 .. $n_other)
	{
		my $lang = lang();
		my ($brand, $pt, $models) = @{pick(@OTHER)};
		my $cue = chance(0.1);
		my ($t, $cues) = product_title(lang => $lang, pt => $pt, brand => $brand,
									   model => chance(0.85) ? alt($models) : '', cue => $cue);
		$t = ucx($t) if chance(0.08);
		my $cls = chance(0.5) ? ($PT{$pt}[0] // '') : '';
		neg_row($lang, $t, $cls, $cues);
	}
	my @pts = sort keys %PT;
	for (1 .. $n_plain)
	{
		my $lang = lang();
		my $pt = pick(@pts);
		my ($t, $cues) = product_title(lang => $lang, pt => $pt, brand => '',
									   model => chance(0.5) ? pick(@GENMODEL) : '', cue => chance(0.08));
		$t = ucx($t) if chance(0.08);
		my $cls = chance(0.5) ? ($PT{$pt}[0] // '') : '';
		neg_row($lang, $t, $cls, $cues);
	}
}

# ---------------------------------------------------------------- build
positive('exact') for 1 .. 350;
positive('spacing') for 1 .. 350;
positive('homoglyph') for 1 .. 350;
positive('transliteration') for 1 .. 350;
positive('typo') for 1 .. 350;
referential() for 1 .. 250;
negatives(290, 150, 260, 300);

# ---------------------------------------------------------------- self-checks
sub has_word
{
	my ($t, $w) = @_;
	# Han characters next to a Latin mark do not join it (戴森Dyson吹风机)
	return $t =~ /(?<![\p{Latin}\p{Cyrillic}\p{Greek}\p{Armenian}\p{Georgian}\p{N}])\Q$w\E(?![\p{Latin}\p{Cyrillic}\p{Greek}\p{Armenian}\p{Georgian}\p{N}])/i;
}
sub marks_in
{
	my ($t) = @_;
	my @f;
	for my $m (@MARKS)
	{
		push @f, $m if has_word($t, $m) || grep { index($t, $_) >= 0 } @{$MARK{$m}{aliases}};
	}
	return @f;
}
my @TRFORMS;
for my $m (@MARKS) { for my $k (keys %{$TR{$m} // {}}) { push @TRFORMS, [$m, $_] for split /\|/, $TR{$m}{$k}; } }

for my $r (@ROWS)
{
	my ($t, $cls, $m, $kind, $other) = @$r[0, 4, 5, 6, 10];
	die "tab/newline in title: $t" if $t =~ /[\t\n\r]/;
	my @in = marks_in($t);
	if ($kind eq 'negative')
	{
		if ($cls eq '')
		{
			die "negative contains mark(s) @in: $t" if @in;
			for my $f (@TRFORMS) { die "negative contains transliteration $f->[1]: $t" if has_word($t, $f->[1]); }
		}
		else
		{
			for my $x (@in) { die "class-based negative in class of $x: $t" if $MARK{$x}{classes}{$cls}; }
		}
		next;
	}
	my %okm = map { $_ => 1 } ($m, grep { length } split /,/, $other);
	for my $x (@in) { die "positive has unlisted mark $x: $t" unless $okm{$x}; }
	die "class $cls not in $m: $t" if length $cls && !$MARK{$m}{classes}{$cls};
	if ($kind eq 'exact')
	{
		die "exact without mark: $t" unless has_word($t, $m) || ($m eq "Levi's" && has_word($t, "LEVI'S"));
	}
	elsif ($kind ne 'referential')
	{
		my $self_alias = $kind eq 'transliteration' && $r->[9] eq 'zh';
		die "disguised $kind still has $m: $t" if has_word($t, $m) || (!$self_alias && grep { $_ eq $m } @in);
	}
}

# ---------------------------------------------------------------- output
my @out = shuffled(@ROWS);
print join("\t", qw(id listing seller gtin jurisdiction nice_class expected_mark kind referential cues lang other_marks)), "\n";
my $id = 0;
for my $r (@out) { print join("\t", ++$id, @$r), "\n"; }
