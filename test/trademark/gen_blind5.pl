#!/usr/bin/perl
# test/trademark/gen_blind5.pl
#	FIFTH BLIND (untuned) labelled corpus of marketplace listing titles for
#	the trademark check (issue 5 §4).  Written at the end of the session,
#	after the earlier corpora (gen_corpus.pl, gen_heldout.pl, gen_final.pl,
#	gen_blind.pl .. gen_blind4.pl) had been used for fixes, by a helper who
#	read only the issue, the domain primer, marks.tsv, the first lines of
#	gen_blind2.pl (for the file format) and the first lines of evaluate.sh;
#	not the checker's code, SQL, lexicon or expected output, not the other
#	generators, not any evaluation output.  Title templates, product nouns,
#	model names, sellers, cue expressions, referential phrasings,
#	transliterations, look-alike tables, typo rules and negatives were all
#	written from scratch here from knowledge of how sellers title listings
#	on Kaspi.kz, Wildberries, Ozon, Trendyol, Hepsiburada, Tap.az, Umico,
#	MyMarket.ge, List.am, Avito and Taobao/1688/Temu/Pinduoduo.  Its own
#	seed and PRNG (xorshift32).  Measure the final code on it once and
#	report the figures; nobody tunes on it.
#
#	Same marks (marks.tsv next to this script) and the same tab-separated
#	columns as gen_blind2.pl, with a header line:
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
#	  other_marks	further registered marks the title also uses; always
#			empty here (titles never carry a second mark)
#
#	Labelling: case changes alone are 'exact'; separators, split letters,
#	zero-width characters, joined words and dropped or replaced
#	apostrophes/hyphens are 'spacing'; Cyrillic, Greek, Armenian, Turkish
#	dotless i, fullwidth and mathematical look-alike letters and digits or
#	symbols for letters are 'homoglyph'; phonetic spellings in Russian or
#	Kazakh Cyrillic, Kazakh Latin, Georgian, Armenian, Greek and
#	Turkish/Azerbaijani Latin and the registered Chinese names are
#	'transliteration'; exactly one Damerau edit of the Latin mark (checked
#	by this script) is 'typo'.  Referential listings ("case for AirPods")
#	carry the mark, kind 'referential', referential 1.  A title whose Nice
#	class is outside the mark's classes is 'negative' with nice_class set.
#	Other negatives: ordinary words and other brands near a mark, brands
#	not in marks.tsv, brand-less goods and accessories.
#
#	Usage: perl gen_blind5.pl > blind5.tsv

use strict;
use warnings;
use utf8;

binmode STDOUT, ':encoding(UTF-8)';

# ---------------------------------------------------------------- PRNG
my $S = 0x9E3D5B17;
sub rnd
{
	$S ^= ($S << 13) & 0xFFFFFFFF;
	$S ^= $S >> 17;
	$S ^= ($S << 5) & 0xFFFFFFFF;
	return $S;
}
sub ri { my ($n) = @_; return rnd() % $n; }
sub pick { return $_[ri(scalar @_)]; }
sub chance { my ($p) = @_; return (rnd() % 10000) < $p * 10000; }

# ---------------------------------------------------------------- marks
my %CLASSES = (
	'Dyson' => [7, 9, 11], 'AirPods' => [9], 'iPhone' => [9], 'Apple' => [9],
	'Samsung' => [7, 9, 11], 'Xiaomi' => [7, 9, 11], 'Sony' => [9],
	'Bose' => [9], 'JBL' => [9], 'Philips' => [7, 8, 9, 10, 11, 21],
	'Braun' => [8, 11, 21], 'Nike' => [18, 25, 28], 'Adidas' => [18, 25, 28],
	'Puma' => [3, 9, 14, 18, 25, 28], 'Gucci' => [3, 14, 18, 25],
	'Chanel' => [3, 14, 18, 25], 'Louis Vuitton' => [3, 14, 18, 25],
	'Rolex' => [14], 'Casio' => [9, 14, 15], 'Lego' => [28], 'Nivea' => [3],
	'Huawei' => [9], 'Lenovo' => [9], 'PlayStation' => [9, 28],
	'Ray-Ban' => [9], "Levi's" => [18, 25],
);
my @MARKS = sort keys %CLASSES;
my %ALIAS = (
	'Dyson' => ['戴森'], 'Apple' => ['苹果'], 'Samsung' => ['三星'],
	'Xiaomi' => ['小米'], 'Sony' => ['索尼'], 'Bose' => ['博士'],
	'Philips' => ['飞利浦'], 'Braun' => ['博朗'], 'Nike' => ['耐克'],
	'Adidas' => ['阿迪达斯', '阿迪'], 'Puma' => ['彪马'], 'Gucci' => ['古驰'],
	'Chanel' => ['香奈儿'], 'Louis Vuitton' => ['路易威登'], 'Rolex' => ['劳力士'],
	'Casio' => ['卡西欧'], 'Lego' => ['乐高'], 'Nivea' => ['妮维雅'],
	'Huawei' => ['华为'], 'Lenovo' => ['联想'], 'Ray-Ban' => ['雷朋'],
	"Levi's" => ['李维斯'],
);
my %PREFIX = (
	'Dyson' => ['5025155'], 'AirPods' => ['0190198', '0194252'],
	'iPhone' => ['0190198', '0194252'], 'Apple' => ['0190198', '0888462'],
	'Samsung' => ['8806090', '8801643'], 'Xiaomi' => ['6934177', '6941812'],
	'Sony' => ['4548736', '4905524'], 'Bose' => ['0017817'],
	'JBL' => ['0050036', '6925281'], 'Philips' => ['8710103', '8710447'],
	'Braun' => ['4210201', '4022167'], 'Nike' => ['0883412', '0193145'],
	'Adidas' => ['4055012', '4060512'], 'Puma' => ['4060981', '4062451'],
	'Gucci' => ['8052134'], 'Chanel' => ['3145891'],
	'Louis Vuitton' => ['3760225'], 'Rolex' => ['7612345'],
	'Casio' => ['4971850', '4549526'], 'Lego' => ['5702015', '5702016'],
	'Nivea' => ['4005808', '4005900'], 'Huawei' => ['6901443', '6941487'],
	'Lenovo' => ['0195348', '0889488'], 'PlayStation' => ['0711719'],
	'Ray-Ban' => ['8053672'], "Levi's" => ['5400599'],
);

# ---------------------------------------------------------------- languages
my @LANGS = qw(ru kk az tr ka hy en zh);

# product categories: class (undef: no class given) and noun per language
my %CAT = (
	vacuum => [7, 'Пылесос вертикальный беспроводной', 'Сымсыз тік шаңсорғыш', 'Simsiz şaquli tozsoran', 'Kablosuz dikey süpürge', 'უსადენო ვერტიკალური მტვერსასრუტი', 'Անլար ուղղահայաց փոշեկուլ', 'Cordless stick vacuum cleaner', '无线手持吸尘器'],
	robot => [7, 'Робот-пылесос', 'Робот шаңсорғыш', 'Robot tozsoran', 'Robot süpürge', 'რობოტი მტვერსასრუტი', 'Ռոբոտ փոշեկուլ', 'Robot vacuum cleaner', '扫地机器人'],
	hairdryer => [11, 'Фен для волос', 'Шаш кептіргіш фен', 'Saç fenı', 'Saç kurutma makinesi', 'თმის საშრობი ფენი', 'Մազերի ֆեն', 'Hair dryer', '吹风机'],
	styler => [undef, 'Стайлер для волос мультистайлер', 'Шаш стайлері', 'Saç stayleri', 'Saç şekillendirici', 'თმის სტაილერი', 'Մազերի ստայլեր', 'Hair multi-styler', '卷发棒造型器'],
	earbuds => [9, 'Беспроводные наушники', 'Сымсыз құлаққап', 'Simsiz qulaqlıq', 'Kablosuz kulaklık', 'უსადენო ყურსასმენი', 'Անլար ականջակալներ', 'Wireless earbuds', '无线蓝牙耳机'],
	phone => [9, 'Смартфон', 'Смартфон', 'Smartfon', 'Akıllı telefon', 'სმარტფონი', 'Սմարթֆոն', 'Smartphone', '手机'],
	swatch => [9, 'Смарт-часы', 'Смарт сағат', 'Ağıllı saat', 'Akıllı saat', 'სმარტ საათი', 'Խելացի ժամացույց', 'Smart watch', '智能手表'],
	laptop => [9, 'Ноутбук', 'Ноутбук', 'Noutbuk', 'Dizüstü bilgisayar', 'ლეპტოპი', 'Նոթբուք', 'Laptop', '笔记本电脑'],
	tablet => [9, 'Планшет', 'Планшет', 'Planşet', 'Tablet', 'პლანშეტი', 'Պլանշետ', 'Tablet', '平板电脑'],
	headphones => [9, 'Наушники накладные с шумоподавлением', 'Шу басатын құлаққап', 'Səs-küy ləğv edən qulaqlıq', 'Gürültü önleyici kulak üstü kulaklık', 'ხმაურის ჩამხშობი ყურსასმენი', 'Աղմուկը չեզոքացնող ականջակալներ', 'Noise cancelling headphones', '降噪头戴式耳机'],
	speaker => [9, 'Портативная колонка', 'Портативті колонка', 'Portativ dinamik', 'Taşınabilir hoparlör', 'პორტატული დინამიკი', 'Դյուրակիր բարձրախոս', 'Portable Bluetooth speaker', '便携蓝牙音箱'],
	tv => [9, 'Телевизор', 'Теледидар', 'Televizor', 'Televizyon', 'ტელევიზორი', 'Հեռուստացույց', 'Smart TV', '智能电视'],
	fridge => [11, 'Холодильник двухкамерный', 'Екі камералы тоңазытқыш', 'Soyuducu', 'Buzdolabı', 'მაცივარი', 'Սառնարան', 'Refrigerator', '双门冰箱'],
	washer => [7, 'Стиральная машина', 'Кір жуғыш машина', 'Paltaryuyan maşın', 'Çamaşır makinesi', 'სარეცხი მანქანა', 'Լվացքի մեքենա', 'Washing machine', '滚筒洗衣机'],
	shaver => [8, 'Электробритва', 'Электр ұстара', 'Elektrik üzqırxan', 'Tıraş makinesi', 'ელექტრო საპარსი', 'Էլեկտրական սափրիչ', 'Electric shaver', '电动剃须刀'],
	epilator => [8, 'Эпилятор', 'Эпилятор', 'Epilyator', 'Epilatör', 'ეპილატორი', 'Էպիլյատոր', 'Epilator', '脱毛器'],
	kettle => [11, 'Электрочайник', 'Электр шәйнек', 'Elektrik çaydanı', 'Su ısıtıcı kettle', 'ელექტრო ჩაიდანი', 'Էլեկտրական թեյնիկ', 'Electric kettle', '电热水壶'],
	iron => [8, 'Утюг паровой', 'Бу үтігі', 'Buxarlı ütü', 'Buharlı ütü', 'ორთქლის უთო', 'Գոլորշու արդուկ', 'Steam iron', '蒸汽熨斗'],
	airfryer => [11, 'Аэрогриль', 'Аэрогриль', 'Hava fritözü', 'Yağsız hava fritözü', 'აეროგრილი', 'Աէրոգրիլ', 'Air fryer', '空气炸锅'],
	toothbrush => [21, 'Электрическая зубная щётка', 'Электр тіс щеткасы', 'Elektrik diş fırçası', 'Şarjlı diş fırçası', 'ელექტრო კბილის ჯაგრისი', 'Էլեկտրական ատամի խոզանակ', 'Electric toothbrush', '电动牙刷'],
	sneakers => [25, 'Кроссовки мужские', 'Ерлер кроссовкасы', 'Kişi idman ayaqqabısı', 'Erkek spor ayakkabı', 'მამაკაცის სპორტული ფეხსაცმელი', 'Տղամարդու սպորտային կոշիկ', "Men's running shoes", '男士跑步鞋'],
	wsneakers => [25, 'Кроссовки женские', 'Әйелдер кроссовкасы', 'Qadın krossovkası', 'Kadın sneaker', 'ქალის კედები', 'Կանացի սպորտային կոշիկ', "Women's sneakers", '女款运动鞋'],
	tracksuit => [25, 'Спортивный костюм', 'Спорттық костюм', 'İdman kostyumu', 'Eşofman takımı', 'სპორტული კოსტიუმი', 'Սպորտային կոստյում', 'Tracksuit', '运动套装'],
	hoodie => [25, 'Худи оверсайз', 'Оверсайз худи', 'Kapüşonlu sviter', 'Kapüşonlu sweatshirt', 'ჰუდი', 'Հուդի', 'Oversized hoodie', '连帽卫衣'],
	tshirt => [25, 'Футболка хлопковая', 'Мақта футболка', 'Pambıq futbolka', 'Pamuklu tişört', 'ბამბის მაისური', 'Բամբակյա շապիկ', 'Cotton T-shirt', '纯棉T恤'],
	backpack => [18, 'Рюкзак городской', 'Қалалық рюкзак', 'Bel çantası', 'Sırt çantası', 'ზურგჩანთა', 'Ուսապարկ', 'Backpack', '双肩包'],
	bag => [18, 'Сумка женская через плечо', 'Әйелдер сөмкесі', 'Qadın çantası', 'Kadın omuz çantası', 'ქალის ჩანთა', 'Կանացի պայուսակ', "Women's shoulder bag", '女士单肩包'],
	wallet => [18, 'Кошелёк кожаный', 'Былғары әмиян', 'Dəri pulqabı', 'Deri cüzdan', 'ტყავის საფულე', 'Կաշվե դրամապանակ', 'Leather wallet', '真皮钱包'],
	belt => [25, 'Ремень кожаный', 'Былғары белдік', 'Dəri kəmər', 'Deri kemer', 'ტყავის ქამარი', 'Կաշվե գոտի', 'Leather belt', '真皮腰带'],
	perfume => [3, 'Парфюмерная вода', 'Парфюмерлік су', 'Ətir', 'Parfüm EDP', 'სუნამო', 'Օծանելիք', 'Eau de Parfum', '香水'],
	watch => [14, 'Часы наручные мужские', 'Ерлер қол сағаты', 'Kişi qol saatı', 'Erkek kol saati', 'მამაკაცის მაჯის საათი', 'Տղամարդու ձեռքի ժամացույց', "Men's wrist watch", '男士手表'],
	constructor => [28, 'Конструктор', 'Құрастырғыш', 'Konstruktor', 'Yapı oyuncağı seti', 'კონსტრუქტორი', 'Կոնստրուկտոր', 'Building set', '积木拼装玩具'],
	cream => [3, 'Крем для лица увлажняющий', 'Ылғалдандыратын бет кремі', 'Nəmləndirici üz kremi', 'Nemlendirici yüz kremi', 'დამატენიანებელი სახის კრემი', 'Խոնավեցնող դեմքի քսուք', 'Moisturizing face cream', '保湿面霜'],
	deodorant => [3, 'Дезодорант-антиперспирант', 'Дезодорант', 'Dezodorant', 'Deodorant', 'დეოდორანტი', 'Դեզոդորանտ', 'Antiperspirant deodorant', '止汗喷雾'],
	console => [9, 'Игровая приставка', 'Ойын приставкасы', 'Oyun konsolu', 'Oyun konsolu', 'სათამაშო კონსოლი', 'Խաղային կոնսոլ', 'Game console', '游戏主机'],
	gamepad => [9, 'Геймпад беспроводной', 'Сымсыз геймпад', 'Simsiz coystik', 'Kablosuz oyun kolu', 'უსადენო ჯოისტიკი', 'Անլար ջոյսթիք', 'Wireless controller', '无线手柄'],
	sunglasses => [9, 'Солнцезащитные очки', 'Күннен қорғайтын көзілдірік', 'Günəş eynəyi', 'Güneş gözlüğü', 'მზის სათვალე', 'Արևային ակնոց', 'Sunglasses', '太阳镜'],
	jeans => [25, 'Джинсы мужские прямые', 'Ерлер джинсы шалбары', 'Kişi cins şalvar', 'Erkek kot pantolon', 'მამაკაცის ჯინსი', 'Տղամարդու ջինսե տաբատ', "Men's straight jeans", '男士直筒牛仔裤'],
	calculator => [9, 'Калькулятор инженерный', 'Инженерлік калькулятор', 'Mühəndis kalkulyatoru', 'Bilimsel hesap makinesi', 'საინჟინრო კალკულატორი', 'Ինժեներական հաշվիչ', 'Scientific calculator', '科学计算器'],
	sportsbag => [18, 'Спортивная сумка', 'Спорт сөмкесі', 'İdman çantası', 'Spor çanta', 'სპორტული ჩანთა', 'Սպորտային պայուսակ', 'Gym bag', '运动包'],
	ball => [28, 'Футбольный мяч', 'Футбол добы', 'Futbol topu', 'Futbol topu', 'ფეხბურთის ბურთი', 'Ֆուտբոլի գնդակ', 'Football', '足球'],
	router => [9, 'Wi-Fi роутер', 'Wi-Fi роутер', 'Wi-Fi router', 'Wi-Fi router modem', 'Wi-Fi როუტერი', 'Wi-Fi երթուղիչ', 'Wi-Fi router', '无线路由器'],
	# outside-class categories for class-based negatives
	mug => [21, 'Кружка керамическая', 'Керамикалық саптыаяқ', 'Keramik fincan', 'Seramik kupa', 'კერამიკული ჭიქა', 'Կերամիկական գավաթ', 'Ceramic mug', '陶瓷马克杯'],
	poster => [16, 'Постер интерьерный A3', 'Интерьер постері A3', 'Divar posteri A3', 'Duvar posteri A3', 'კედლის პოსტერი A3', 'Պաստառ A3', 'Wall poster A3', '装饰海报A3'],
	notebook => [16, 'Блокнот в клетку', 'Дәптер', 'Qeyd dəftəri', 'Not defteri', 'ბლოკნოტი', 'Նոթատետր', 'Notebook A5', '记事本'],
	fruit => [31, 'Яблоки свежие 1 кг', 'Жаңа алма 1 кг', 'Təzə alma 1 kq', 'Taze elma 1 kg', 'ახალი ვაშლი 1 კგ', 'Թարմ խնձոր 1 կգ', 'Fresh apples 1 kg', '新鲜水果5斤'],
	juice => [32, 'Сок яблочный 1 л', 'Алма шырыны 1 л', 'Alma şirəsi 1 l', 'Elma suyu 1 lt', 'ვაშლის წვენი 1 ლ', 'Խնձորի հյութ 1 լ', 'Fruit juice 1 L', '果汁1L'],
	coffee => [30, 'Кофе в зёрнах 1 кг', 'Дәнді кофе 1 кг', 'Dənəli qəhvə 1 kq', 'Çekirdek kahve 1 kg', 'მარცვლოვანი ყავა 1 კგ', 'Հատիկավոր սուրճ 1 կգ', 'Coffee beans 1 kg', '咖啡豆1kg'],
	chocolate => [30, 'Шоколад молочный', 'Сүтті шоколад', 'Südlü şokolad', 'Sütlü çikolata', 'რძიანი შოკოლადი', 'Կաթնային շոկոլադ', 'Milk chocolate bar', '牛奶巧克力'],
	candle => [4, 'Свеча ароматическая', 'Хош иісті шам', 'Ətirli şam', 'Kokulu mum', 'არომატული სანთელი', 'Բուրավետ մոմ', 'Scented candle', '香薰蜡烛'],
	plush => [28, 'Мягкая игрушка', 'Жұмсақ ойыншық', 'Yumşaq oyuncaq', 'Peluş oyuncak', 'რბილი სათამაშო', 'Փափուկ խաղալիք', 'Plush toy', '毛绒玩具'],
	cap => [25, 'Кепка бейсболка', 'Бейсболка', 'Beysbolka papaq', 'Beyzbol şapkası', 'კეპი', 'Գլխարկ', 'Baseball cap', '棒球帽'],
	umbrella => [18, 'Зонт складной', 'Жиналмалы қолшатыр', 'Qatlanan çətir', 'Katlanır şemsiye', 'დასაკეცი ქოლგა', 'Ծալովի անձրևանոց', 'Folding umbrella', '折叠雨伞'],
	towel => [24, 'Полотенце махровое', 'Түкті сүлгі', 'Hamam dəsmalı', 'Banyo havlusu', 'პირსახოცი', 'Սրբիչ', 'Bath towel', '纯棉毛巾'],
	bicycle => [12, 'Велосипед горный 29', 'Тау велосипеді 29', 'Dağ velosipedi 29', 'Dağ bisikleti 29 jant', 'სამთო ველოსიპედი 29', 'Լեռնային հեծանիվ 29', 'Mountain bike 29', '山地自行车29寸'],
	petfood => [31, 'Сухой корм кошачий 2 кг', 'Мысықтарға құрғақ жем 2 кг', 'Pişik yemi 2 kq', 'Kedi maması 2 kg', 'კატის საკვები 2 კგ', 'Կատվի կեր 2 կգ', 'Dry cat food 2 kg', '猫粮2kg'],
	sticker => [16, 'Наклейки виниловые', 'Жапсырмалар жинағы', 'Stikerlər', 'Sticker seti', 'სტიკერები', 'Կպչուն պիտակներ', 'Vinyl stickers', '贴纸'],
	pillow => [20, 'Подушка декоративная', 'Сәндік жастық', 'Dekorativ yastıq', 'Dekoratif yastık', 'დეკორატიული ბალიში', 'Դեկորատիվ բարձ', 'Decorative pillow', '抱枕'],
	socks => [25, 'Носки набор 5 пар', 'Шұлық 5 жұп', 'Corab dəsti 5 cüt', 'Çorap seti 5 çift', 'წინდები 5 წყვილი', 'Գուլպաներ 5 զույգ', 'Socks 5 pairs', '袜子5双'],
);
my @OUTSIDE = qw(mug poster notebook fruit juice coffee chocolate candle plush cap umbrella towel bicycle petfood sticker pillow socks tshirt perfume watch constructor kettle);

sub li { my ($l) = @_; for my $i (0 .. $#LANGS) { return $i if $LANGS[$i] eq $l; } die $l; }
sub noun { my ($c, $l) = @_; return $CAT{$c}[1 + li($l)]; }
sub cclass { my ($c) = @_; return $CAT{$c}[0]; }

# products per mark: [category, models...]
my %PROD = (
	'Dyson' => [['vacuum', 'V8 Absolute', 'V11 Torque Drive', 'V15 Detect', 'Gen5detect', 'V12 Slim'], ['hairdryer', 'Supersonic HD07', 'Supersonic HD15', 'Supersonic Nural'], ['styler', 'Airwrap Complete Long', 'Airwrap HS05', 'Airstrait']],
	'AirPods' => [['earbuds', 'Pro 2', '3', '4 ANC', 'Pro 2 USB-C', '2'], ['headphones', 'Max']],
	'iPhone' => [['phone', '15 Pro Max 256GB', '14 128GB', '13 mini', '16 Pro 512GB', '12 64GB', '15 Plus', '11 128 ГБ']],
	'Apple' => [['swatch', 'Watch Series 9 45mm', 'Watch Ultra 2', 'Watch SE 40mm'], ['laptop', 'MacBook Air 13 M2', 'MacBook Pro 14 M3'], ['tablet', 'iPad 10.9 64GB', 'iPad Air M2']],
	'Samsung' => [['phone', 'Galaxy S24 Ultra', 'Galaxy A55 8/256', 'Galaxy Z Flip5', 'Galaxy A15'], ['tv', 'Crystal UHD 55"', 'QLED Q60C 65"'], ['fridge', 'RB38T600FSA'], ['washer', 'WW70A6S23AN'], ['earbuds', 'Galaxy Buds2 Pro', 'Galaxy Buds FE'], ['tablet', 'Galaxy Tab S9 FE']],
	'Xiaomi' => [['phone', 'Redmi Note 13 Pro 8/256', '14T Pro', 'Redmi 13C', '13T'], ['robot', 'Robot Vacuum S10', 'Robot Vacuum X20+'], ['router', 'AX3000T'], ['swatch', 'Smart Band 8', 'Watch 2 Pro']],
	'Sony' => [['headphones', 'WH-1000XM5', 'WH-CH520', 'WH-1000XM4'], ['earbuds', 'WF-1000XM5', 'WF-C700N'], ['tv', 'Bravia KD-55X75WL'], ['speaker', 'SRS-XB100', 'ULT Field 1']],
	'Bose' => [['headphones', 'QuietComfort 45', 'QuietComfort Ultra'], ['earbuds', 'QuietComfort Earbuds II', 'Ultra Open'], ['speaker', 'SoundLink Flex', 'SoundLink Micro', 'SoundLink Max']],
	'JBL' => [['speaker', 'Charge 5', 'Flip 6', 'Go 3', 'PartyBox 110', 'Boombox 3', 'Clip 4'], ['earbuds', 'Tune 230NC', 'Wave Beam', 'Live Pro 2'], ['headphones', 'Tune 510BT', 'Tune 720BT']],
	'Philips' => [['shaver', 'S5000 S5587', 'Series 3000', 'OneBlade Pro'], ['kettle', 'HD9350', 'Series 5000'], ['iron', 'Azur 8000 GC4567', 'DST7030'], ['airfryer', 'HD9252 Essential', 'XXL HD9650'], ['toothbrush', 'Sonicare 3100', 'Sonicare DiamondClean 9000'], ['epilator', 'Satinelle BRE700'], ['hairdryer', 'BHD360']],
	'Braun' => [['shaver', 'Series 9 Pro 9465cc', 'Series 7 71-S1000s', 'Series 5 51-W1000s'], ['epilator', 'Silk-épil 9 SES 9-720', 'Silk-épil 5'], ['hairdryer', 'Satin Hair 7 HD785'], ['kettle', 'WK 5110']],
	'Nike' => [['sneakers', 'Air Max 90', "Air Force 1 '07", 'Pegasus 40', 'Dunk Low Retro', 'Air Jordan 1 Mid'], ['wsneakers', 'Air Max 270', 'Court Vision Low'], ['tracksuit', 'Dri-FIT Academy'], ['hoodie', 'Club Fleece'], ['tshirt', 'Sportswear Club'], ['backpack', 'Brasilia 9.5'], ['ball', 'Strike Team']],
	'Adidas' => [['sneakers', 'Samba OG', 'Gazelle', 'Superstar', 'Ultraboost 22', 'Forum Low', 'Campus 00s'], ['tracksuit', 'Tiro 24'], ['tshirt', 'Essentials 3-Stripes'], ['backpack', 'Classic Badge of Sport'], ['ball', 'Al Rihla League'], ['sportsbag', 'Tiro Duffel M']],
	'Puma' => [['sneakers', 'Suede Classic XXI', 'RS-X', 'Caven 2.0', 'Palermo', 'Speedcat'], ['tracksuit', 'Poly Suit'], ['tshirt', 'ESS Logo Tee'], ['backpack', 'Phase'], ['perfume', 'Jam Man'], ['ball', 'Orbita 2']],
	'Gucci' => [['bag', 'GG Marmont Small', 'Dionysus', 'Jackie 1961', 'Ophidia'], ['belt', 'GG Marmont 4cm'], ['wallet', 'GG Supreme'], ['perfume', 'Bloom 100 ml', 'Guilty Pour Homme'], ['sneakers', 'Ace', 'Rhyton']],
	'Chanel' => [['bag', 'Classic Flap Medium', 'Boy Bag', '2.55 Reissue'], ['perfume', 'No 5 100ml', 'Coco Mademoiselle', 'Chance Eau Tendre'], ['wallet', 'Classic Card Holder'], ['watch', 'J12 38mm']],
	'Louis Vuitton' => [['bag', 'Neverfull MM', 'Speedy 30', 'Alma BB', 'OnTheGo GM'], ['wallet', 'Zippy Wallet'], ['belt', 'Initiales 40mm'], ['backpack', 'Christopher PM'], ['perfume', 'Imagination 100ml']],
	'Rolex' => [['watch', 'Submariner Date 41', 'Datejust 36', 'Daytona Cosmograph', 'GMT-Master II Pepsi', 'Day-Date 40', 'Yacht-Master 42', 'Oyster Perpetual 41']],
	'Casio' => [['watch', 'G-Shock GA-2100', 'Edifice EFR-526', 'Vintage A168WA', 'Baby-G BGA-280', 'F-91W', 'MTP-1302'], ['calculator', 'fx-991EX', 'fx-82MS']],
	'Lego' => [['constructor', 'Technic 42115', 'City 60337', 'Creator 3in1 31109', 'Friends 41730', 'Ninjago 71799', 'Classic 11021', 'Duplo 10990']],
	'Nivea' => [['cream', 'Soft 200 ml', 'Creme 150 ml', 'Q10 Power', 'Men Sensitive'], ['deodorant', 'Men Black & White', 'Fresh Natural']],
	'Huawei' => [['phone', 'P60 Pro', 'Nova 12 SE', 'Pura 70 Ultra', 'Mate 60 Pro'], ['swatch', 'Watch GT 4 46mm', 'Band 9'], ['earbuds', 'FreeBuds 5i', 'FreeBuds Pro 3'], ['laptop', 'MateBook D16'], ['router', 'AX3 Pro']],
	'Lenovo' => [['laptop', 'IdeaPad Slim 3 15IAH8', 'ThinkPad E14 Gen 5', 'Legion 5 Pro', 'Yoga Slim 7'], ['tablet', 'Tab M10 Plus', 'Tab P12']],
	'PlayStation' => [['console', '5 Slim 1TB', '5 Digital Edition', '4 Pro 1TB', 'Portal'], ['gamepad', 'DualSense', 'DualSense Edge']],
	'Ray-Ban' => [['sunglasses', 'Aviator RB3025', 'Wayfarer RB2140', 'Clubmaster RB3016', 'Round Metal RB3447', 'Erika RB4171']],
	"Levi's" => [['jeans', '501 Original', '511 Slim', '505 Regular', '502 Taper'], ['tshirt', 'Housemark Tee'], ['belt', 'Leather Belt 35mm']],
);

# accessories for referential listings: category, class (undef if none)
my %ACC = (
	case => [9, 'Чехол', 'Қорғаныш қап', 'Qoruyucu qab', 'Kılıf', 'ქეისი', 'Պատյան', 'Case', '保护壳'],
	glass => [9, 'Защитное стекло', 'Қорғаныш әйнек', 'Qoruyucu şüşə', 'Ekran koruyucu cam', 'დამცავი მინა', 'Պաշտպանիչ ապակի', 'Tempered glass screen protector', '钢化膜'],
	strap => [undef, 'Ремешок', 'Сағат бауы', 'Saat qayışı', 'Saat kordonu', 'საათის სამაჯური', 'Ժամացույցի ժապավեն', 'Strap band', '表带'],
	charger => [9, 'Зарядное устройство', 'Зарядтағыш', 'Şarj adapteri', 'Şarj adaptörü', 'დამტენი', 'Լիցքավորիչ', 'Fast charger', '充电器'],
	filter => [7, 'Фильтр', 'Сүзгі', 'Filtr', 'Filtre', 'ფილტრი', 'Ֆիլտր', 'Replacement filter', '滤网'],
	battery => [9, 'Аккумулятор', 'Аккумулятор', 'Akkumulyator', 'Batarya', 'აკუმულატორი', 'Մարտկոց', 'Replacement battery', '替换电池'],
	heads => [21, 'Насадки сменные', 'Ауыстырмалы саптамалар', 'Əvəzedici başlıqlar', 'Yedek fırça başlığı', 'სათადარიგო თავაკები', 'Փոխարինվող գլխիկներ', 'Replacement brush heads', '替换刷头'],
	foil => [8, 'Сетка и нож', 'Ауыстырмалы тор', 'Əvəzedici tor', 'Yedek tıraş başlığı', 'სათადარიგო ბადე', 'Փոխարինվող ցանց', 'Replacement foil & cutter', '替换刀头'],
	tips => [undef, 'Амбушюры силиконовые', 'Құлаққап жастықшалары', 'Qulaqlıq başlıqları', 'Silikon kulak ucu', 'ყურსასმენის ბალიშები', 'Ականջակալի բարձիկներ', 'Silicone ear tips', '硅胶耳塞套'],
	dock => [undef, 'Зарядная станция', 'Зарядтау станциясы', 'Şarj stansiyası', 'Şarj istasyonu', 'დამტენი სადგური', 'Լիցքավորման կայան', 'Charging dock', '充电座'],
	lens => [undef, 'Сменные линзы', 'Ауыстырмалы линзалар', 'Əvəzedici linzalar', 'Yedek cam', 'სათადარიგო ლინზები', 'Փոխարինվող ոսպնյակներ', 'Replacement lenses', '替换镜片'],
	organizer => [undef, 'Органайзер в сумку', 'Сөмке органайзері', 'Çanta orqanayzeri', 'Çanta düzenleyici', 'ჩანთის ორგანაიზერი', 'Պայուսակի կազմակերպիչ', 'Bag organizer insert', '内胆包'],
	laces => [undef, 'Шнурки плоские', 'Аяқ киім баулары', 'Ayaqqabı bağı', 'Ayakkabı bağcığı', 'ფეხსაცმლის თასმები', 'Կոշկաքուղեր', 'Flat shoelaces', '鞋带'],
	plate => [28, 'Строительная пластина', 'Құрастыру тақтасы', 'Konstruktor lövhəsi', 'Yapı plakası', 'სამშენებლო ფირფიტა', 'Կառուցողական հարթակ', 'Baseplate', '积木底板'],
);
my %REF = (
	'Dyson' => [['filter', 'V11', 'V15 Detect'], ['battery', 'V8', 'V10']],
	'AirPods' => [['case', 'Pro 2', '3'], ['tips', 'Pro']],
	'iPhone' => [['case', '15 Pro', '13', '16 Pro Max'], ['glass', '14', '15 Pro Max'], ['charger', '15']],
	'Apple' => [['strap', 'Watch 45mm', 'Watch 41mm'], ['charger', 'MacBook Air'], ['case', 'iPad 10.9']],
	'Samsung' => [['case', 'Galaxy S24', 'Galaxy A54'], ['glass', 'Galaxy A35'], ['strap', 'Galaxy Watch 6']],
	'Xiaomi' => [['case', 'Redmi Note 13'], ['strap', 'Smart Band 8'], ['filter', 'Robot Vacuum S10']],
	'Sony' => [['tips', 'WF-1000XM4'], ['case', 'WH-1000XM5']],
	'Bose' => [['tips', 'QuietComfort Earbuds'], ['case', 'QuietComfort 45']],
	'JBL' => [['case', 'Flip 6', 'Charge 5']],
	'Philips' => [['heads', 'Sonicare'], ['foil', 'Series 5000'], ['filter', 'AC0820']],
	'Braun' => [['foil', 'Series 9 92S', 'Series 5 52B']],
	'Nike' => [['laces', 'Air Force 1']],
	'Adidas' => [['laces', 'Superstar']],
	'Puma' => [['laces', 'Suede']],
	'Gucci' => [['organizer', 'Marmont']],
	'Chanel' => [['organizer', 'Classic Flap']],
	'Louis Vuitton' => [['organizer', 'Neverfull MM', 'Speedy 30']],
	'Rolex' => [['strap', 'Submariner 20mm']],
	'Casio' => [['strap', 'G-Shock GA-2100', 'F-91W']],
	'Lego' => [['plate', 'Classic', 'Duplo']],
	'Huawei' => [['case', 'P60 Pro'], ['strap', 'Watch GT 4']],
	'Lenovo' => [['charger', 'ThinkPad 65W'], ['glass', 'Tab M10']],
	'PlayStation' => [['dock', '5 DualSense'], ['case', 'Portal']],
	'Ray-Ban' => [['lens', 'RB3025 Aviator']],
);

# ---------------------------------------------------------------- sellers, extras, cues
my %SELLER = (
	ru => ['ТехноМир', 'ИП Ахметов', 'Электроника24', 'Мир Обуви', 'GadgetShop', 'ООО Вектор', 'Стиль и Мода', 'Лучшая цена', 'ИП Козлова', 'Дом Техники'],
	kk => ['Алем Тех ЖШС', 'Астана Гаджет', 'ЖК Сейткали', 'Qazaq Market', 'Шымкент Сауда', 'Арман Электроника', 'Aru Style'],
	az => ['Bakı Elektronika', 'Smart Store MMC', 'Gəncə Market', 'Elvin Texnika', 'Moda Evi', 'Sumqayıt Mall'],
	tr => ['Moda Dünyası', 'Yıldız Ticaret', 'Ege Elektronik', 'Anadolu Spor', 'Kaya Teknoloji', 'Boğaziçi Butik'],
	ka => ['თბილისი ტექ', 'Gadget.ge', 'ბათუმი მარკეტი', 'Moda Tbilisi', 'ქუთაისი ელექტრო'],
	hy => ['Երևան Տեխ', 'Smart.am', 'Գյումրի Մարկետ', 'Ani Style', 'Արարատ Էլեկտրոնիկա'],
	en => ['GlobalDeals', 'BestPrice Store', 'Silk Road Trading', 'Prime Gadgets', 'Urban Outlet', 'TopChoice Ltd'],
	zh => ['深圳华强北数码', '义乌小商品批发', '广州服饰工厂店', '东莞电子商行', '杭州精品女包', '莆田运动鞋厂'],
);
my %JUR = (ru => ['RU', 'RU', 'KZ', 'BY', 'KG'], kk => ['KZ'], az => ['AZ'], tr => ['TR'], ka => ['GE'], hy => ['AM'], en => ['KZ', 'UZ', 'AZ', 'GE', 'KG'], zh => ['CN']);
my %EXTRA = (
	ru => ['оригинал', 'новый', 'в наличии', 'быстрая доставка', 'черный', 'белый', 'гарантия 1 год', 'хит продаж', '2024', 'EAC'],
	kk => ['жаңа', 'түпнұсқа', 'тегін жеткізу', 'қара', 'ақ', 'кепілдік', 'қоймада бар'],
	az => ['yeni', 'orijinal', 'pulsuz çatdırılma', 'qara', 'ağ', 'zəmanət', 'kredit'],
	tr => ['orijinal', 'yeni sezon', 'siyah', 'beyaz', 'ücretsiz kargo', 'garantili', 'hızlı gönderim'],
	ka => ['ახალი', 'ორიგინალი', 'შავი', 'თეთრი', 'უფასო მიწოდება', 'გარანტია'],
	hy => ['նոր', 'օրիգինալ', 'սև', 'սպիտակ', 'անվճար առաքում', 'երաշխիք'],
	en => ['new', 'original', 'black', 'white', 'free shipping', 'fast delivery', 'sealed box'],
	zh => ['正品', '新款', '包邮', '黑色', '白色', '现货', '官方'],
);
# cue expressions: [as written in the title, as listed (lower case)]
my %CUE = (
	ru => [['реплика', 'реплика'], ['Реплика', 'реплика'], ['копия', 'копия'], ['КОПИЯ', 'копия'], ['муляж', 'муляж'], ['1:1', '1:1'], ['AAA', 'aaa']],
	kk => [['көшірме', 'көшірме'], ['реплика', 'реплика'], ['копия', 'копия'], ['1:1', '1:1']],
	az => [['replika', 'replika'], ['Replika', 'replika'], ['kopiya', 'kopiya'], ['1:1', '1:1'], ['AAA', 'aaa']],
	tr => [['replika', 'replika'], ['Replika', 'replika'], ['birebir', 'birebir'], ['1:1', '1:1'], ['AAA', 'aaa']],
	ka => [['რეპლიკა', 'რეპლიკა'], ['ასლი', 'ასლი'], ['1:1', '1:1']],
	hy => [['ռեպլիկա', 'ռեպլիկա'], ['կրկնօրինակ', 'կրկնօրինակ'], ['1:1', '1:1']],
	en => [['replica', 'replica'], ['Replica', 'replica'], ['1:1', '1:1'], ['copy', 'copy'], ['AAA', 'aaa'], ['mirror quality', 'mirror quality'], ['first copy', 'first copy']],
	zh => [['高仿', '高仿'], ['复刻', '复刻'], ['1:1', '1:1'], ['精仿', '精仿'], ['A货', 'a货']],
);

# ---------------------------------------------------------------- transliterations
# phonetic spellings per mark per language group
my %TR = (
	ru => {
		'Dyson' => ['Дайсон'], 'AirPods' => ['Эйрподс', 'Аирподс', 'Эирподс'], 'iPhone' => ['Айфон', 'АЙФОН'],
		'Apple' => ['Эппл', 'Эпл'], 'Samsung' => ['Самсунг', 'Самсанг'], 'Xiaomi' => ['Сяоми', 'Ксиаоми', 'Шаоми'],
		'Sony' => ['Сони'], 'Bose' => ['Боуз', 'Бозе'], 'JBL' => ['Джибиэль', 'Джей Би Эл'],
		'Philips' => ['Филипс', 'Филлипс'], 'Braun' => ['Браун'], 'Nike' => ['Найк', 'Найки'],
		'Adidas' => ['Адидас', 'адидас'], 'Puma' => ['Пума'], 'Gucci' => ['Гуччи', 'Гучи'], 'Chanel' => ['Шанель'],
		'Louis Vuitton' => ['Луи Виттон', 'Луи Витон'], 'Rolex' => ['Ролекс'], 'Casio' => ['Касио'],
		'Lego' => ['Лего'], 'Nivea' => ['Нивея', 'Нивеа'], 'Huawei' => ['Хуавей', 'Хуавэй'], 'Lenovo' => ['Леново'],
		'PlayStation' => ['Плейстейшн', 'Плейстейшен'], 'Ray-Ban' => ['Рэй Бэн', 'Рей Бан', 'Рейбан'],
		"Levi's" => ['Левайс', 'Ливайс'],
	},
	kk => {
		'Dyson' => ['Дайсон', 'Daıson'], 'AirPods' => ['Эйрподс', 'Айрподс'], 'iPhone' => ['Айфон', 'Aıfon'],
		'Apple' => ['Эппл'], 'Samsung' => ['Самсұнг', 'Самсуң'], 'Xiaomi' => ['Шаоми', 'Сяоми'],
		'Sony' => ['Сони'], 'JBL' => ['Жибиэл', 'Жей Би Эл'], 'Philips' => ['Филипс'],
		'Nike' => ['Найк', 'Naık'], 'Adidas' => ['Адидас'], 'Gucci' => ['Гучи'], 'Chanel' => ['Шанель', 'Şanel'],
		'Rolex' => ['Ролекс'], 'Casio' => ['Касио'], 'Lego' => ['Лего'], 'Nivea' => ['Нивея'],
		'Huawei' => ['Хуауэй', 'Хуавей'], 'Lenovo' => ['Леново'], 'PlayStation' => ['Плейстейшн'],
		"Levi's" => ['Ливайс'],
	},
	tr => {
		'Dyson' => ['Dayson'], 'AirPods' => ['Eyrpods', 'Eyırpods'], 'iPhone' => ['Ayfon'],
		'Xiaomi' => ['Şiaomi', 'Şaomi', 'Ksiaomi'], 'JBL' => ['Ceybiel', 'Cebiel'], 'Philips' => ['Filips'],
		'Nike' => ['Nayk', 'Naykı'], 'Gucci' => ['Guçi', 'Guççi'], 'Chanel' => ['Şanel'],
		'Louis Vuitton' => ['Lui Viton', 'Lui Vitton'], 'Rolex' => ['Roleks'], 'Casio' => ['Kasyo'],
		'Nivea' => ['Niveya'], 'Huawei' => ['Huavey', 'Hüavey'], 'PlayStation' => ['Pleysteyşın', 'Pleysteyşin'],
		'Ray-Ban' => ['Reybın', 'Rey Ben'], "Levi's" => ['Livays', 'Levays'],
	},
	ka => {
		'Dyson' => ['დაისონი', 'დაისონ'], 'AirPods' => ['ეარპოდსი', 'აირპოდსი'], 'iPhone' => ['აიფონი'],
		'Apple' => ['ეპლი'], 'Samsung' => ['სამსუნგი'], 'Xiaomi' => ['ქსიაომი', 'შაომი'], 'Sony' => ['სონი'],
		'Bose' => ['ბოუზი'], 'JBL' => ['ჯეიბიელი'], 'Philips' => ['ფილიპსი'], 'Braun' => ['ბრაუნი'],
		'Nike' => ['ნაიკი'], 'Adidas' => ['ადიდასი'], 'Puma' => ['პუმა'], 'Gucci' => ['გუჩი'],
		'Chanel' => ['შანელი'], 'Louis Vuitton' => ['ლუი ვიტონი'], 'Rolex' => ['როლექსი'],
		'Casio' => ['კასიო'], 'Lego' => ['ლეგო'], 'Nivea' => ['ნივეა'], 'Huawei' => ['ჰუავეი'],
		'Lenovo' => ['ლენოვო'], 'PlayStation' => ['ფლეისთეიშენი', 'პლეისტეიშენი'], 'Ray-Ban' => ['რეიბანი', 'რეი ბენი'],
		"Levi's" => ['ლევაისი', 'ლივაისი'],
	},
	hy => {
		'Dyson' => ['Դայսոն'], 'AirPods' => ['Էյրփոդս'], 'iPhone' => ['Այֆոն'], 'Apple' => ['Էփլ'],
		'Samsung' => ['Սամսունգ'], 'Xiaomi' => ['Սյաոմի', 'Քսիաոմի'], 'Sony' => ['Սոնի'], 'Bose' => ['Բոուզ'],
		'JBL' => ['Ջեյ Բի Էլ'], 'Philips' => ['Ֆիլիպս'], 'Braun' => ['Բրաուն'], 'Nike' => ['Նայք'],
		'Adidas' => ['Ադիդաս'], 'Puma' => ['Պումա'], 'Gucci' => ['Գուչի'], 'Chanel' => ['Շանել'],
		'Louis Vuitton' => ['Լուի Վիտոն'], 'Rolex' => ['Ռոլեքս'], 'Casio' => ['Կասիո'], 'Lego' => ['Լեգո'],
		'Nivea' => ['Նիվեա'], 'Huawei' => ['Հուավեյ'], 'Lenovo' => ['Լենովո'], 'PlayStation' => ['Փլեյսթեյշն'],
		'Ray-Ban' => ['Ռեյ Բեն'], "Levi's" => ['Լիվայս'],
	},
	en => {	# Greek spellings (Cyprus / Greek resellers)
		'Dyson' => ['Ντάισον'], 'iPhone' => ['Άιφον'], 'Samsung' => ['Σάμσουνγκ'], 'Sony' => ['Σόνι'],
		'Philips' => ['Φίλιπς'], 'Nike' => ['Νάικι'], 'Adidas' => ['Αντίντας'], 'Puma' => ['Πούμα'],
		'Gucci' => ['Γκούτσι'], 'Chanel' => ['Σανέλ'], 'Rolex' => ['Ρόλεξ'], 'Casio' => ['Κάσιο'],
		'Lego' => ['Λέγκο'], 'Nivea' => ['Νίβεα'], 'Lenovo' => ['Λενόβο'], 'Xiaomi' => ['Σιαόμι'],
		'Huawei' => ['Χουαγουέι'], 'Braun' => ['Μπράουν'], 'Bose' => ['Μπόουζ'], "Levi's" => ['Λιβάις'],
		'Louis Vuitton' => ['Λουί Βιτόν'],
	},
);
$TR{az} = {%{$TR{tr}}, 'Xiaomi' => ['Ksiaomi', 'Şaomi'], 'Huawei' => ['Hüavey'], 'Rolex' => ['Roleks'], 'iPhone' => ['Ayfon', 'Ayfonn']};
delete $TR{az}{'iPhone'}; $TR{az}{'iPhone'} = ['Ayfon'];
$TR{zh} = {map { $_ => $ALIAS{$_} } keys %ALIAS};

# ---------------------------------------------------------------- disguises
my %CYR = (a => 'а', c => 'с', e => 'е', o => 'о', p => 'р', x => 'х', y => 'у', i => 'і', j => 'ј', s => 'ѕ', h => 'һ', d => 'ԁ',
	A => 'А', B => 'В', C => 'С', E => 'Е', H => 'Н', K => 'К', M => 'М', O => 'О', P => 'Р', T => 'Т', X => 'Х', I => 'І', J => 'Ј', S => 'Ѕ');
my %GRK = (o => 'ο', a => 'α', v => 'ν', i => 'ι', k => 'κ', p => 'ρ', u => 'υ', n => 'η',
	A => 'Α', B => 'Β', E => 'Ε', H => 'Η', I => 'Ι', K => 'Κ', M => 'Μ', N => 'Ν', O => 'Ο', P => 'Ρ', T => 'Τ', X => 'Χ', Y => 'Υ', Z => 'Ζ');
my %ARM = (o => 'օ', u => 'ս', h => 'հ', n => 'ո', g => 'ց', q => 'զ', S => 'Տ', O => 'Օ', U => 'Ս');
my %DIG = (o => '0', O => '0', i => '1', I => '1', l => '1', L => '1', e => '3', E => '3', a => '4', A => '4', s => '5', S => '5', B => '8');
my %SYM = (a => '@', A => '@', s => '$', S => '$', i => '!', l => '|', o => '°');

sub fullwidth { my ($s) = @_; $s =~ s/([!-~])/chr(ord($1) + 0xFEE0)/ge; return $s; }
sub mathbold
{
	my ($s) = @_;
	$s =~ s/([A-Z])/chr(0x1D400 + ord($1) - 65)/ge;
	$s =~ s/([a-z])/chr(0x1D41A + ord($1) - 97)/ge;
	return $s;
}
sub mathsans
{
	my ($s) = @_;
	$s =~ s/([A-Z])/chr(0x1D5A0 + ord($1) - 65)/ge;
	$s =~ s/([a-z])/chr(0x1D5BA + ord($1) - 97)/ge;
	return $s;
}

# replace 1..max letters of $m through table; undef if no letter applies
sub subst_some
{
	my ($m, $tab, $max) = @_;
	my @c = split //, $m;
	my @pos = grep { exists $tab->{$c[$_]} } 0 .. $#c;
	return undef unless @pos;
	my $n = 1 + ri($max < @pos ? $max : scalar @pos);
	for (1 .. $n)
	{
		my $k = splice(@pos, ri(scalar @pos), 1);
		$c[$k] = $tab->{$c[$k]};
	}
	return join '', @c;
}

sub homoglyph
{
	my ($m, $lang) = @_;
	for (1 .. 50)
	{
		my $f = ri(100);
		my $r;
		if ($lang eq 'zh' && $f < 50) { $r = chance(0.6) ? fullwidth($m) : fullwidth(uc $m); }
		elsif ($f < 40) { $r = subst_some($m, \%CYR, ($lang eq 'ru' || $lang eq 'kk') ? 3 : 2); }
		elsif ($f < 52) { $r = subst_some($m, \%GRK, 2); }
		elsif ($f < 60) { $r = subst_some($m, \%ARM, 2); }
		elsif ($f < 78) { $r = subst_some($m, \%DIG, 2); }
		elsif ($f < 84) { $r = subst_some($m, \%SYM, 1); }
		elsif ($f < 90) { $r = ($m =~ /i/) ? ($m =~ s/i/ı/gr) : undef; }
		elsif ($f < 94) { $r = fullwidth($m); }
		elsif ($f < 97) { $r = mathbold($m); }
		else { $r = mathsans($m); }
		next unless defined $r && $r ne $m;
		$r = uc $r if chance(0.1) && $r !~ /[ı]/ && $r !~ /[^\x00-\x{24F}]/;
		return $r if $r ne $m && lc $r ne lc $m;
	}
	die "no homoglyph for $m";
}

my @ZW = ("\x{200B}", "\x{200C}", "\x{200D}", "\x{2060}", "\x{00AD}", "\x{FEFF}");
sub spacing
{
	my ($m) = @_;
	for (1 .. 50)
	{
		my $f = ri(100);
		my $r;
		my $letters = $m =~ s/[^A-Za-z]//gr;
		if ($m =~ /[ \-']/ && $f < 45)
		{
			my @v;
			if ($m eq 'Louis Vuitton') { @v = ('LouisVuitton', 'Louis-Vuitton', 'Louis_Vuitton', 'LOUISVUITTON', 'Louis  Vuitton', 'Louis.Vuitton', 'L o u i s V u i t t o n'); }
			elsif ($m eq 'Ray-Ban') { @v = ('RayBan', 'Ray Ban', 'RAYBAN', 'Ray.Ban', 'Ray_Ban', 'Ray - Ban', 'R a y - B a n', 'Ray–Ban'); }
			else { @v = ('Levis', "Levi\x{2019}s", 'LEVIS', 'Levi`s', 'Levi s', 'Levi´s', "L e v i ' s", 'Levi-s'); }
			$r = pick(@v);
		}
		elsif ($f < 22 && length($letters) <= 8)
		{
			my $sep = pick(' ', ' ', '.', '-', '*', '·', ' ');
			$r = join $sep, split //, $m;
			$r = uc $r if chance(0.3);
		}
		elsif ($f < 55)
		{
			my $sep = pick(' ', ' ', '-', '_', '.', '*', '/', ' . ');
			my $k = 1 + ri(length($m) - 1);
			$k = index($m, 'P') if $m eq 'AirPods' && chance(0.6);
			$k = index($m, 'P') if $m eq 'iPhone' && chance(0.4);
			$k = index($m, 'S') if $m eq 'PlayStation' && chance(0.7);
			$k = 3 if $m eq 'Samsung' && chance(0.5);
			$r = substr($m, 0, $k) . $sep . substr($m, $k);
			$r = uc $r if chance(0.2);
		}
		elsif ($f < 85)
		{
			my $k = 1 + ri(length($m) - 1);
			$r = substr($m, 0, $k) . pick(@ZW) . substr($m, $k);
			if (chance(0.3))
			{
				my $k2 = 1 + ri(length($r) - 1);
				$r = substr($r, 0, $k2) . pick(@ZW) . substr($r, $k2);
			}
		}
		else
		{
			my $sep = pick("\x{00A0}", "\x{2009}", "\x{3000}", '~');
			my $k = 1 + ri(length($m) - 1);
			$r = substr($m, 0, $k) . $sep . substr($m, $k);
		}
		next if substr($r, 0, 1) =~ /[ \x{00AD}\x{200B}-\x{200D}\x{2060}\x{FEFF}]/;
		return $r if $r ne $m && lc $r ne lc $m;
	}
	die "no spacing for $m";
}

my %KB = (q => 'wa', w => 'qes', e => 'wrd', r => 'etf', t => 'ryg', y => 'tuh', u => 'yij', i => 'uok', o => 'ipl',
	p => 'ol', a => 'qsz', s => 'awdz', d => 'sefx', f => 'drgc', g => 'fthv', h => 'gyjb', j => 'huknm', k => 'jilm',
	l => 'kop', z => 'asx', x => 'zsdc', c => 'xdfv', v => 'cfgb', b => 'vghn', n => 'bhjm', m => 'njk');
# results that are ordinary words, other brands or names: never used as typos
my %NOTYPO = map { $_ => 1 } qw(nice mike bike nile nuke nick niko rose nose base boss bone hose lose bode bise sonny son
	sany song soy pony tony sont sona some sonu pump pima puna pumas lama logo legs lega leo lago lugo apply ample appel
	apples casino cassio brain bran brawn roles rolls dixon tyson bison channel chapel levis lewis levi levin
	phillips philip samsun samson lenova legoo jbc jbk kbl ibl jbs dyon bise bosa posa nike pua pma chanl lego sonys
	cnael adida adidaz nives nivel hawaii lenovo jbl puma sony bose hike like pike pucci buse leto gose pula puja);
sub typo
{
	my ($m) = @_;
	my @c = split //, $m;
	my @L = grep { $c[$_] =~ /[A-Za-z]/ } 0 .. $#c;
	my $nlet = scalar @L;
	for (1 .. 200)
	{
		my $op = pick(qw(ins del sub trans dbl kb kb));
		my @d = @c;
		my $k = $L[ri($nlet)];
		my $up = $c[$k] =~ /[A-Z]/ && ($m eq 'JBL' || $k > 0 && $c[$k - 1] =~ /[A-Z]/);
		if ($op eq 'ins')
		{
			my $nb = $KB{lc $c[$k]};
			my $x = substr($nb, ri(length $nb), 1);
			$x = uc $x if $up;
			splice(@d, $k + (chance(0.5) ? 1 : 0), 0, $x);
		}
		elsif ($op eq 'del')
		{
			next if $nlet < 5;
			next if $k == 0;
			splice(@d, $k, 1);
		}
		elsif ($op eq 'sub')
		{
			my $x = lc $c[$k];
			my $y = ($x =~ /[aeiou]/) ? pick(qw(a e i o u)) : pick(qw(b c d f g k l m n p r s t v z));
			$y = uc $y if $c[$k] =~ /[A-Z]/;
			$d[$k] = $y;
		}
		elsif ($op eq 'kb')
		{
			my $nb = $KB{lc $c[$k]};
			my $y = substr($nb, ri(length $nb), 1);
			$y = uc $y if $c[$k] =~ /[A-Z]/;
			$d[$k] = $y;
		}
		elsif ($op eq 'trans')
		{
			next if $k == 0 || $k + 1 > $#c || $c[$k + 1] !~ /[A-Za-z]/;
			@d[$k, $k + 1] = @c[$k + 1, $k];
		}
		else
		{
			splice(@d, $k, 0, $c[$k]);
		}
		my $r = join '', @d;
		next if lc $r eq lc $m;
		next if $NOTYPO{lc($r =~ s/[^A-Za-z]//gr)};
		next if grep { lc $_ eq lc $r } @MARKS;
		next if lc($r) =~ /^(phillips|samsun|channel)/;
		next if dl(lc $r, lc $m) != 1;
		return $r;
	}
	die "no typo for $m";
}

# optimal string alignment (restricted Damerau) distance
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
			my $cost = $a[$i - 1] eq $b[$j - 1] ? 0 : 1;
			my $v = $d[$i - 1][$j] + 1;
			$v = $d[$i][$j - 1] + 1 if $d[$i][$j - 1] + 1 < $v;
			$v = $d[$i - 1][$j - 1] + $cost if $d[$i - 1][$j - 1] + $cost < $v;
			if ($i > 1 && $j > 1 && $a[$i - 1] eq $b[$j - 2] && $a[$i - 2] eq $b[$j - 1])
			{
				$v = $d[$i - 2][$j - 2] + 1 if $d[$i - 2][$j - 2] + 1 < $v;
			}
			$d[$i][$j] = $v;
		}
	}
	return $d[@a][@b];
}

# ---------------------------------------------------------------- GTIN
sub gtin13
{
	my ($prefix) = @_;
	my $s = $prefix;
	$s .= ri(10) while length($s) < 12;
	my $sum = 0;
	my @d = split //, $s;
	for my $i (0 .. 11) { $sum += $d[$i] * ($i % 2 ? 3 : 1); }
	return $s . ((10 - $sum % 10) % 10);
}
my @OTHERPFX = qw(460 463 465 469 487 476 486 485 869 868 690 692 693 694 695 200 220 240 400 880);
sub gtin_for
{
	my ($mark) = @_;
	return '' unless chance(0.35);
	return gtin13(pick(@{$PREFIX{$mark}})) if defined $mark && chance(0.55);
	return gtin13(pick(@OTHERPFX));
}

# ---------------------------------------------------------------- titles
sub lcf { my ($s) = @_; return lcfirst $s; }

# title for a product: mark form M, noun N, model X, lang
sub title
{
	my ($l, $M, $N, $X) = @_;
	my $E = pick(@{$EXTRA{$l}});
	my $t;
	my $v = ri(5);
	if ($l eq 'ru' || $l eq 'kk')
	{
		$t = ("$N $M $X", "$M $X " . lcf($N), "$N $M $X, $E", "$M $X / " . lcf($N) . " / $E", "$N $M $X $E")[$v];
	}
	elsif ($l eq 'tr' || $l eq 'az')
	{
		$t = ("$M $X $N", "$M $X $N $E", "$M $X $N - $E", "$N $M $X", "$M $N $X $E")[$v];
	}
	elsif ($l eq 'ka' || $l eq 'hy')
	{
		$t = ("$N $M $X", "$M $X $N", "$N $M $X $E", "$M $X - $N, $E", "$E $N $M $X")[$v];
	}
	elsif ($l eq 'en')
	{
		$t = ("$M $X $N", "$M $X $N, $E", "$N $M $X", "$E $M $X $N", "$M $X - $N ($E)")[$v];
	}
	else
	{
		my $sp = $M =~ /^[\x{4E00}-\x{9FFF}]/ ? '' : ' ';
		$t = ("$M$sp$X $N $E", "$E$M$sp$X$N", "$M$sp$X$N$E", "$N $M$sp$X", "$M$sp$X $N $E 2024新款")[$v];
	}
	return $t;
}

sub add_cue
{
	my ($t, $l) = @_;
	my $c = pick(@{$CUE{$l}});
	my $v = ri(4);
	$t = ("$t $c->[0]", "$t ($c->[0])", "$c->[0] $t", "$t, $c->[0]")[$v];
	return ($t, $c->[1]);
}

sub ref_title
{
	my ($l, $M, $A, $X) = @_;
	my $sp = ($l eq 'zh' && $M =~ /^[\x{4E00}-\x{9FFF}]/) ? '' : ' ';
	my $v = ri(3);
	if ($l eq 'ru') { return ("$A для $M $X", "$A для $M $X, " . pick(@{$EXTRA{ru}}[1, 4, 5]), "$A совместимый с $M $X")[$v]; }
	if ($l eq 'kk') { return ("$M $X үшін " . lcf($A), "$M $X үшін " . lcf($A) . ' ' . pick('қара', 'ақ', 'жаңа'), "$M $X-ге арналған " . lcf($A))[$v]; }
	if ($l eq 'az') { return ("$M $X üçün " . lcf($A), "$M $X üçün " . lcf($A) . ' ' . pick('qara', 'yeni'), "$M $X ilə uyğun " . lcf($A))[$v]; }
	if ($l eq 'tr') { return ("$M $X için $A", "$M $X Uyumlu $A", "$M $X ile uyumlu " . lcf($A))[$v]; }
	if ($l eq 'ka') { return ("$A $M $X-ისთვის", "$A $M $X-ისთვის, ახალი", "$M $X-თან თავსებადი $A")[$v]; }
	if ($l eq 'hy') { return ("$A $M $X-ի համար", "$A $M $X-ի համար, նոր", "$M $X-ի հետ համատեղելի $A")[$v]; }
	if ($l eq 'en') { return ("$A for $M $X", "$A compatible with $M $X", "$M $X compatible " . lcf($A))[$v]; }
	return ("适用于$M$sp$X$A", "适用$M$sp$X $A", "${M}${sp}${X}通用$A")[$v];
}

# ---------------------------------------------------------------- rows
my @rows;
sub emit
{
	my (%r) = @_;
	push @rows, [
		$r{listing}, $r{seller} // '', $r{gtin} // '', $r{jur} // '', $r{nice} // '',
		$r{mark} // '', $r{kind}, $r{ref} // 0, $r{cues} // '', $r{lang}, ''];
}
sub seller_for { my ($l) = @_; return chance(0.8) ? pick(@{$SELLER{$l}}) : ''; }
sub jur_for { my ($l) = @_; return chance(0.85) ? pick(@{$JUR{$l}}) : ''; }

my %WANT = (exact => 350, spacing => 350, homoglyph => 350, transliteration => 350, typo => 350);
for my $kind (qw(exact spacing homoglyph transliteration typo))
{
	for my $i (0 .. $WANT{$kind} - 1)
	{
		my $l = $LANGS[$i % 8];
		my @cand = $kind eq 'transliteration' ? (sort keys %{$TR{$l}}) : @MARKS;
		my $mark = $kind eq 'transliteration' ? $cand[(int($i / 8) + ri(2)) % @cand] : $cand[($i % @cand + int($i / @cand)) % @cand];
		my $p = pick(@{$PROD{$mark}});
		my ($cat, @models) = @$p;
		my $X = pick(@models);
		my $M;
		if ($kind eq 'exact')
		{
			my $f = ri(10);
			$M = $f < 7 ? $mark : $f < 9 ? uc $mark : lc $mark;
		}
		elsif ($kind eq 'spacing') { $M = spacing($mark); }
		elsif ($kind eq 'homoglyph') { $M = homoglyph($mark, $l); }
		elsif ($kind eq 'transliteration') { $M = pick(@{$TR{$l}{$mark}}); }
		else { $M = typo($mark); }
		my $t = title($l, $M, noun($cat, $l), $X);
		my $cues = '';
		($t, $cues) = add_cue($t, $l) if chance(0.22);
		my $nice = (defined cclass($cat) && chance(0.5)) ? cclass($cat) : '';
		emit(listing => $t, seller => seller_for($l), gtin => gtin_for($mark), jur => jur_for($l),
			nice => $nice, mark => $mark, kind => $kind, cues => $cues, lang => $l);
	}
}

# referential
{
	my @rm = sort keys %REF;
	for my $i (0 .. 249)
	{
		my $l = $LANGS[$i % 8];
		my $mark = $rm[($i % @rm + int($i / @rm)) % @rm];
		my $a = pick(@{$REF{$mark}});
		my ($acc, @models) = @$a;
		my $X = pick(@models);
		my $M = $mark;
		if ($l eq 'zh' && $ALIAS{$mark} && chance(0.5)) { $M = $ALIAS{$mark}[0]; }
		elsif ($l ne 'zh' && $l ne 'en' && $TR{$l}{$mark} && chance(0.12)) { $M = pick(@{$TR{$l}{$mark}}); }
		my $A = $ACC{$acc}[1 + li($l)];
		my $t = ref_title($l, $M, $A, $X);
		my $cl = $ACC{$acc}[0];
		my $nice = (defined $cl && (grep { $_ == $cl } @{$CLASSES{$mark}}) && chance(0.5)) ? $cl : '';
		emit(listing => $t, seller => seller_for($l), gtin => (chance(0.25) ? gtin13(pick(@OTHERPFX)) : ''),
			jur => jur_for($l), nice => $nice, mark => $mark, kind => 'referential', ref => 1, lang => $l);
	}
}

# ---------------------------------------------------------------- negatives
# 1. class-based: a mark's own word in a class outside its classes (200)
for my $i (0 .. 199)
{
	my $l = $LANGS[$i % 8];
	my $mark = $MARKS[($i * 7 + ri(3)) % @MARKS];
	my @ok = grep { my $c = cclass($_); !grep { $_ == $c } @{$CLASSES{$mark}} } @OUTSIDE;
	my $cat = pick(@ok);
	my $M = ($l eq 'zh' && $ALIAS{$mark} && chance(0.6)) ? $ALIAS{$mark}[0] : (chance(0.85) ? $mark : uc $mark);
	my $N = noun($cat, $l);
	my $t;
	if ($l eq 'zh') { $t = pick("$M $N", "$N ${M}图案", "$M$N " . pick(@{$EXTRA{zh}})); }
	elsif ($l eq 'en') { $t = pick("$M $N", "$N $M print", "$N with $M logo"); }
	else { $t = pick("$N $M", "$M $N", "$N $M " . pick(@{$EXTRA{$l}})); }
	emit(listing => $t, seller => seller_for($l), gtin => gtin_for(undef), jur => jur_for($l),
		nice => cclass($cat), kind => 'negative', lang => $l);
}
# a few well-known class-based ones written out
for my $x (
	['zh', '新鲜苹果 红富士 5斤装 产地直发', 31], ['zh', '黄小米 新米 2.5kg 月子米', 30], ['zh', '小米辣 新鲜 500g', 31],
	['zh', '博士帽 毕业礼服套装', 25], ['zh', '三星堆 文创 冰箱贴', 16], ['zh', '高乐高 可可粉 冲饮', 30],
	['en', 'Apple cider vinegar 500 ml', 30], ['en', 'Green Apple shampoo 400 ml', 3], ['tr', 'Apple Elma Aromalı Çay', 30],
	['ru', 'Шампунь Green Apple 400 мл', 3], ['en', 'Puma plush toy 30 cm', 28], ['az', 'Apple sort alma tingləri', 31],
)
{
	emit(listing => $x->[1], seller => seller_for($x->[0]), jur => jur_for($x->[0]), nice => $x->[2], kind => 'negative', lang => $x->[0]);
}
# two of those twelve are actually inside the mark's class: fix labels below
# ('Puma plush toy' is class 28, a Puma class -> replace)
@rows = grep { $_->[0] ne 'Puma plush toy 30 cm' } @rows;
emit(listing => 'Puma wall poster A3 wildlife', seller => '', jur => 'KZ', nice => 16, kind => 'negative', lang => 'en');

# 2. near words (250)
my %NEAR = (
	ru => ['Отвертка Phillips PH2 магнитная', 'Книга Майк Тайсон: Беспощадная истина', 'Бизон резиновая игрушка для собак', 'Карандаши Dixon Ticonderoga 12 шт',
		'Нивелир лазерный 360 зеленый луч', 'Брауни шоколадный смесь для выпечки', 'Ролики детские раздвижные 31-34', 'Касса онлайн с фискальным накопителем',
		'Эхолот Сонар для рыбалки', 'Чехлы на сиденья Нива 4x4', 'Легинсы спортивные женские', 'Помпа для воды на бутыль', 'Усилитель 4 channel автомобильный',
		'Педаль эффектов Boss DS-1', 'Микрофон Samson Q2U USB', 'Чемодан Samsonite 55 см', 'Колонка Sonos Era 100', 'Фотоаппарат Nikon D3500',
		'Часы Nixon Time Teller', 'Гавайская рубашка Hawaii мужская', 'Кондиционер для белья Lenor 1 л', 'Дрель Bosch GSB 13 RE', 'Термокружка Airport Edition'],
	kk => ['Phillips бұрағышы PH2', 'Бизон ойыншығы', 'Айран 1 л үй айраны', 'Сәбіз жаңа 1 кг', 'Ролик коньки балаларға', 'Онлайн касса аппараты',
		'Әйелдер легинсі спорттық', 'Нива көлігіне орындық қаптары', 'Boss DS-1 гитара педалы', 'Samsonite чемоданы 55 см', 'Sonos Era 100 колонкасы', 'Nikon D3500 фотоаппараты',
		'Bosch бұрғысы GSB 13', 'Lenor кір жуғыш кондиционері', 'Су помпасы бөтелкеге', 'Тайсон туралы кітап'],
	az => ['Phillips tornavida PH2', 'Samsun çayı 500 qr', 'Bizon oyuncaq it üçün', 'Su pompası balon üçün', 'Nikel örtüklü qapı dəstəyi', 'Kassa aparatı onlayn',
		'Qadın tayt idman', 'Roliklər uşaq üçün 31-34', 'Boss DS-1 gitara pedalı', 'Samsonite çamadan 55 sm', 'Sonos Era 100 dinamik', 'Nikon D3500 fotoaparat',
		'Bosch drel GSB 13 RE', 'Lenor yumşaldıcı 1 l', 'Hawaii köynək kişi', 'Sonay parça pərdə'],
	tr => ['Phillips Yıldız Uçlu Tornavida PH2', "Samsun'dan Taze Pide Kargo", 'Samsunspor Forma Taraftar', 'Bizon Köpek Oyuncağı', 'Su Pompası Damacana', 'Nikelaj Kapı Kolu',
		'Kadın Spor Tayt', 'Çocuk Paten 31-34', 'Boss DS-1 Gitar Pedalı', 'Samsonite Kabin Boy Valiz', 'Sonos Era 100 Hoparlör', 'Nikon D3500 Fotoğraf Makinesi',
		'Bosch Darbeli Matkap GSB 13 RE', 'Lenor Yumuşatıcı 1 L', 'Hawaii Gömlek Erkek', '4 Channel Röle Modülü Arduino', 'Rayon Kumaş Elbise'],
	ka => ['Phillips სახრახნისი PH2', 'ბიზონი სათამაშო ძაღლისთვის', 'ქალის ლეგინსი სპორტული', 'საბავშვო როლიკები 31-34', 'ონლაინ სალარო აპარატი',
		'წყლის პომპა ბოცისთვის', 'Boss DS-1 გიტარის პედალი', 'Samsonite ჩემოდანი 55 სმ', 'Sonos Era 100 დინამიკი', 'Nikon D3500 ფოტოაპარატი',
		'Bosch დრელი GSB 13 RE', 'Lenor რბილი კონდიციონერი', 'ლეგენდა წიგნი', 'ნიკელის სახელური'],
	hy => ['Phillips պտուտակահան PH2', 'Բիզոն խաղալիք շան համար', 'Կանացի լեգինս սպորտային', 'Մանկական գլորող չմուշկներ', 'Դրամարկղային ապարատ',
		'Ջրի պոմպ շշի համար', 'Boss DS-1 կիթառի պեդալ', 'Samsonite ճամպրուկ 55 սմ', 'Sonos Era 100 բարձրախոս', 'Nikon D3500 ֆոտոխցիկ',
		'Bosch գայլիկոնիչ GSB 13 RE', 'Lenor լվացքի կոնդիցիոներ', 'Սոնա զարդատուփ', 'Տայսոնի մասին գիրք'],
	en => ['Phillips screwdriver set PH1 PH2', 'Mike Tyson poster boxing legend', 'Bison leather work gloves', 'Dixon Ticonderoga pencils 24 pack', 'Airport luggage tags set',
		'Nixon Time Teller watch', '4 channel car amplifier 1000W', '2-channel relay module 5V', 'Boss DS-1 distortion pedal', 'Samson Q2U dynamic microphone',
		'Samsonite carry-on spinner 55cm', 'Sonos Era 100 speaker', 'Nikon D3500 DSLR camera', 'Hawaiian shirt Hawaii print', 'Lenor fabric conditioner 1L',
		'Pineapple corer slicer', 'Pumpkin seeds roasted 500g', 'Brownie mix chocolate', 'Casino chip set 300 pcs', 'Roller skates kids adjustable',
		'Leggings high waist yoga', 'Airpot coffee dispenser 3L', 'Rayon summer dress', 'Playmobil City Life set', 'Chantal enamel tea kettle',
		'Louis Widmer body lotion', 'Philipp Plein T-shirt', 'Levitation moon lamp', 'Sonic the Hedgehog plush', 'JBC soldering station CD-2BE'],
	zh => ['耐磨防滑跑步鞋 男款', '戴尔笔记本电脑 15寸', '华硕路由器 AX3000', '李宁运动裤 男', '斑马纹连衣裙', '劳保手套 耐磨', '雷达测速仪 车载',
		'古典吉他 初学者', '联通5G手机卡', '小麦胚芽粉', '乐园门票 儿童', '飞科剃须刀 FS927', '迪士尼毛绒玩具', '星巴克马克杯', '博物馆文创书签'],
);
for my $i (0 .. 249)
{
	my $l = $LANGS[$i % 8];
	my $t = pick(@{$NEAR{$l}});
	my $v = ri(3);
	$t .= ' ' . pick(@{$EXTRA{$l}}) if $v == 1;
	my $cues = '';
	($t, $cues) = add_cue($t, $l) if chance(0.04);
	emit(listing => $t, seller => seller_for($l), gtin => gtin_for(undef), jur => jur_for($l), kind => 'negative', cues => $cues, lang => $l);
}

# 3. other brands not in marks.tsv (300)
my @OB = (
	['Bosch', 'vacuum'], ['Tefal', 'iron'], ['Tefal', 'kettle'], ['Redmond', 'kettle'], ['Polaris', 'hairdryer'], ['Vitek', 'kettle'],
	['Scarlett', 'hairdryer'], ['LG', 'tv'], ['LG', 'washer'], ['Haier', 'fridge'], ['Midea', 'fridge'], ['Beko', 'washer'], ['Arçelik', 'fridge'],
	['Vestel', 'tv'], ['Karaca', 'kettle'], ['Koton', 'tshirt'], ['LC Waikiki', 'jeans'], ['Mavi', 'jeans'], ['DeFacto', 'hoodie'], ["Colin's", 'jeans'],
	['Reebok', 'sneakers'], ['New Balance', 'sneakers'], ['Asics', 'sneakers'], ['Skechers', 'wsneakers'], ['Columbia', 'hoodie'], ['Tissot', 'watch'],
	['Swatch', 'watch'], ['Citizen', 'watch'], ['Seiko', 'watch'], ['Fossil', 'watch'], ['Garmin', 'swatch'], ['Honor', 'phone'], ['Realme', 'phone'],
	['Oppo', 'phone'], ['Vivo', 'phone'], ['Tecno', 'phone'], ['Infinix', 'phone'], ['Marshall', 'speaker'], ['Sennheiser', 'headphones'],
	['Anker', 'speaker'], ['Baseus', 'earbuds'], ['Ugreen', 'router'], ['Asus', 'laptop'], ['Acer', 'laptop'], ['HP', 'laptop'], ['Dell', 'laptop'],
	['MSI', 'laptop'], ['Garnier', 'cream'], ['Dove', 'deodorant'], ['CeraVe', 'cream'], ['Vichy', 'cream'], ['Mattel', 'plush'], ['Xbox', 'console'],
	['Nintendo Switch', 'console'], ['Oakley', 'sunglasses'], ['Polaroid', 'sunglasses'], ['Wrangler', 'jeans'], ['Lee', 'jeans'], ['Michael Kors', 'bag'],
	['Coach', 'bag'], ['Furla', 'bag'], ['Tommy Hilfiger', 'tshirt'], ['Calvin Klein', 'belt'], ['Dior', 'perfume'], ['Lacoste', 'tshirt'],
	['Rowenta', 'iron'], ['Remington', 'shaver'], ['Panasonic', 'shaver'], ['Oral-B', 'toothbrush'], ['Cosori', 'airfryer'], ['Roborock', 'robot'],
	['Dreame', 'vacuum'], ['Kärcher', 'vacuum'], ['Mikasa', 'ball'], ['Select', 'ball'], ['Under Armour', 'tracksuit'], ['The North Face', 'backpack'],
	['Eastpak', 'backpack'], ['Prada', 'bag'], ['Versace', 'perfume'], ['Armani', 'watch'], ['Hugo', 'belt'], ['Mega Bloks', 'constructor'],
	['Cobi', 'constructor'], ['Logitech', 'gamepad'], ['Razer', 'headphones'], ['HyperX', 'headphones'],
);
my @OBZH = ('华硕', '美的', '格力', '海尔', '李宁', '安踏', '特步', '百雀羚', '大疆', '漫步者', '荣耀', '一加', '罗技', '小天才', '飞科', '苏泊尔', '九阳', '完美日记', '波司登');
my %OBZHCAT = ('华硕' => 'laptop', '美的' => 'airfryer', '格力' => 'fridge', '海尔' => 'washer', '李宁' => 'sneakers', '安踏' => 'tracksuit', '特步' => 'sneakers',
	'百雀羚' => 'cream', '大疆' => 'tablet', '漫步者' => 'earbuds', '荣耀' => 'phone', '一加' => 'phone', '罗技' => 'gamepad', '小天才' => 'swatch',
	'飞科' => 'shaver', '苏泊尔' => 'kettle', '九阳' => 'kettle', '完美日记' => 'cream', '波司登' => 'hoodie');
for my $i (0 .. 299)
{
	my $l = $LANGS[$i % 8];
	my ($b, $cat);
	if ($l eq 'zh' && chance(0.7)) { $b = pick(@OBZH); $cat = $OBZHCAT{$b}; }
	else { ($b, $cat) = @{pick(@OB)}; }
	my $X = pick('', '', 'Pro', 'X2', '2024', 'Max', 'Lite', 'S', '300', 'Classic', 'Plus');
	my $t = title($l, $b, noun($cat, $l), $X);
	$t =~ s/  +/ /g; $t =~ s/ ,/,/g; $t =~ s/^ +| +$//g;
	my $cues = '';
	($t, $cues) = add_cue($t, $l) if chance(0.08);
	my $nice = (defined cclass($cat) && chance(0.5)) ? cclass($cat) : '';
	emit(listing => $t, seller => seller_for($l), gtin => gtin_for(undef), jur => jur_for($l), nice => $nice, kind => 'negative', cues => $cues, lang => $l);
}

# 4. brand-less goods and generic accessories (250)
my %ATTR = (
	vacuum => ['2 в 1', '25000 Pa', '400W'], earbuds => ['TWS Bluetooth 5.3', 'ENC', 'Type-C'], phone => ['8/256GB', '6.7"', 'Dual SIM'],
	hairdryer => ['2000W', 'ionic', '3 speed'], speaker => ['20W', 'IPX7', 'RGB'], sneakers => ['42 EU', '40-45', 'mesh'], wsneakers => ['37 EU', '36-40'],
	tracksuit => ['M-XXL', 'S-XL'], hoodie => ['L', 'XL', 'unisex'], bag => ['PU', '25x18'], watch => ['40mm', 'quartz', 'waterproof'],
	perfume => ['50 ml', '100 ml'], cream => ['50 ml', 'SPF 30'], constructor => ['1200 pcs', '500+ pcs'], sunglasses => ['UV400', 'polarized'],
	jeans => ['W32 L32', '30/32'], kettle => ['1.7 L', '2200W'], shaver => ['IPX7', 'USB'], backpack => ['15.6"', '30 L'], laptop => ['16GB/512GB', '15.6"'],
);
my %UNIV = (ru => 'универсальный', kk => 'әмбебап', az => 'universal', tr => 'universal', ka => 'უნივერსალური', hy => 'ունիվերսալ', en => 'universal', zh => '通用');
my @BLCAT = sort keys %ATTR;
for my $i (0 .. 249)
{
	my $l = $LANGS[$i % 8];
	my ($t, $nice) = ('', '');
	if (chance(0.25))
	{
		my $acc = pick(qw(case glass charger strap tips laces filter));
		my $A = $ACC{$acc}[1 + li($l)];
		$t = $l eq 'zh' ? "$UNIV{zh}$A " . pick('Type-C', '20W', '', '多色') : "$A $UNIV{$l} " . pick('Type-C', '20W', '6.1"', '22mm', '');
	}
	else
	{
		my $cat = pick(@BLCAT);
		my $N = noun($cat, $l);
		my $A = pick(@{$ATTR{$cat}});
		$t = $l eq 'zh' ? "$N$A " . pick(@{$EXTRA{zh}}) : pick("$N $A", "$N $A " . pick(@{$EXTRA{$l}}), "$N, $A");
		$nice = cclass($cat) if chance(0.5);
	}
	$t =~ s/ +$//;
	my $cues = '';
	($t, $cues) = add_cue($t, $l) if chance(0.1);
	emit(listing => $t, seller => seller_for($l), gtin => gtin_for(undef), jur => jur_for($l), nice => $nice, kind => 'negative', cues => $cues, lang => $l);
}

# ---------------------------------------------------------------- output
# deterministic shuffle
for (my $i = $#rows; $i > 0; $i--)
{
	my $j = ri($i + 1);
	@rows[$i, $j] = @rows[$j, $i];
}
print join("\t", qw(id listing seller gtin jurisdiction nice_class expected_mark kind referential cues lang other_marks)), "\n";
my $id = 0;
for my $r (@rows)
{
	$id++;
	print join("\t", $id, @$r), "\n";
}
