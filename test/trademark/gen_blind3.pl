#!/usr/bin/perl
# test/trademark/gen_blind3.pl
#	THIRD BLIND (untuned) labelled corpus of marketplace listing titles for
#	the trademark check (issue 5 §4).  The five earlier corpora
#	(gen_corpus.pl, gen_heldout.pl, gen_final.pl, gen_blind.pl,
#	gen_blind2.pl) have all been run against the checker; this sixth corpus
#	was written last, for one honest measurement at the end of the session.
#	It was written from the issue, the domain primer (section "Trademark
#	checks"), marks.tsv and knowledge of how sellers title listings on
#	Kaspi.kz, Wildberries, Ozon, Avito, Trendyol, Hepsiburada, Tap.az, Umico,
#	MyMarket.ge, List.am and Taobao/1688/Temu -- without reading the
#	checker's code, lexicon, SQL or expected output, without reading the
#	other generators (only the header comment and column list of
#	gen_blind2.pl, for the file format), without reading evaluate.sh beyond
#	its header, and without looking at any result of any run.  Its own seed,
#	PRNG (64-bit xorshift), title templates, product nouns in eight
#	languages, model names, colours, prices, cue expressions, referential
#	phrasings, disguises (homoglyph maps, separators, transliterations,
#	typo operations) and negatives.  Measure the final code on it once;
#	nobody tunes on it, and its misses are not to be used for fixes.
#
#	Same marks (marks.tsv next to this script; their classes, GS1 prefixes
#	and Chinese names are restated below) and the same tab-separated
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
#
#	Composition (3,000 listings): 350 each of exact, spacing, homoglyph,
#	transliteration and typo, 250 referential, 1,000 negatives.  Titles are
#	in Russian, Kazakh, Azerbaijani, Turkish, Georgian, Armenian, English
#	and Chinese.  Each positive title carries exactly one registered mark
#	(never a second one, not even as a Chinese name); its nice_class, when
#	given, is one of the mark's classes.  The kinds:
#	  exact		the registered spelling, any letter case (Turkish
#			capitals with dotted İ included: NİKE, PHİLİPS);
#	  spacing	separators inside or removed: A i r P o d s, Air-Pods,
#			Air.Pods, AIR_PODS, D.Y.S.O.N, RayBan, Levis, zero-width
#			space, soft hyphen, word joiner, no-break space;
#	  homoglyph	one or more letters replaced by Cyrillic (incl. Kazakh
#			ү, і, һ), Greek or Armenian look-alikes, digits or @ $ for
#			letters, or the whole mark in fullwidth or mathematical
#			bold letters;
#	  transliteration  Russian/Kazakh Cyrillic spellings sellers use
#			(Эйрподс, Айфон, Дайсон, Сяоми, Шанель), Georgian,
#			Armenian, Greek, Azerbaijani/Turkish phonetic spellings
#			(Ayfon, Şanel, Roleks, Leqo) and the registered Chinese
#			names of marks.tsv (戴森, 小米, 耐克 ...);
#	  typo		one edit of the letters (insertion, deletion,
#			substitution, adjacent transposition, doubled letter,
#			keyboard neighbour), never an ordinary word and never
#			within one edit of another mark;
#	  referential	accessory for a product of the mark (чехол для, үшін,
#			üçün, için / uyumlu, -ისთვის, համար, for / compatible
#			with, 适用), mostly in the exact spelling, some in
#			Cyrillic or Chinese;
#	  negative	brand-less products, other real brands not in marks.tsv,
#			ordinary words near marks (Bison, Tyson, Dixon, airport,
#			Nixon, Samsonite, Samsun, rose gold, Sonny Angel, Phillips
#			screwdriver, Pima cotton, Шинель, Пумба, ბრაუნი, 小米
#			millet ...) and words that are a mark only outside its
#			classes (apples in class 31, 苹果 fruit, 博士帽, Bose-Einstein
#			in class 16), which always carry that class.
#
#	Usage: perl gen_blind3.pl > blind3.tsv
#	       perl gen_blind3.pl --stats > blind3.tsv   (counts per kind and
#	       language on standard error)
#
use strict;
use warnings;
no warnings 'portable';	# 64-bit hex constants of the PRNG
use utf8;

binmode(STDOUT, ':encoding(UTF-8)');
binmode(STDERR, ':encoding(UTF-8)');

my $STATS = grep { $_ eq '--stats' } @ARGV;

# ---------------------------------------------------------------------
# PRNG: xorshift64 (13, 7, 17), own seed; integer arithmetic only.
# ---------------------------------------------------------------------
my $MASK = 0xFFFFFFFFFFFFFFFF;
my $S = 0x6A09E667F3BCC909 ^ 0x0000000000B11D03;

sub rnd64
{
	$S ^= ($S << 13) & $MASK;
	$S ^= $S >> 7;
	$S ^= ($S << 17) & $MASK;
	return $S;
}

# uniform integer in [0, n)
sub rint
{
	my ($n) = @_;
	return (rnd64() >> 11) % $n;
}

# true with probability p (p in [0,1], resolution 1/1e6)
sub chance
{
	my ($p) = @_;
	return rint(1000000) < int($p * 1000000);
}

sub pick
{
	return $_[rint(scalar @_)];
}

# pick from [[weight, value], ...]
sub wpick
{
	my @wv = @_;
	my $tot = 0;
	$tot += $_->[0] for @wv;
	my $r = rint($tot);
	for my $p (@wv)
	{
		return $p->[1] if $r < $p->[0];
		$r -= $p->[0];
	}
	return $wv[-1][1];
}

# ---------------------------------------------------------------------
# Marks: classes, GS1 prefixes and Chinese names as in marks.tsv, and
# what this corpus needs of each: split points for separators,
# transliterations per language, products and accessories.
# ---------------------------------------------------------------------
my @MARKS = (
	{ m => 'Dyson', cl => [7, 9, 11], gp => ['5025155'], zh => ['戴森'],
	  split => ['Dy', 'son'],
	  tl => { ru => ['Дайсон'], kk => ['Дайсон', 'Daıson'], az => ['Dayson'],
		  tr => ['Dayson'], ka => ['დაისონი', 'დაისონ'], hy => ['Դայսոն'],
		  el => ['Ντάισον'] },
	  prod => [ ['vacuum', 'V15 Detect Absolute', 'V12 Detect Slim', 'V11 Absolute', 'V8 Origin', 'Gen5detect', 'V10 Total Clean'],
		    ['hairdryer', 'Supersonic HD07', 'Supersonic HD15', 'Supersonic Nural', 'Supersonic HD08'],
		    ['styler', 'Airwrap Complete Long', 'Airwrap Multi-styler HS05', 'Airstrait HT01', 'Corrale'],
		    ['purifier', 'Purifier Cool TP07', 'Pure Hot+Cool HP07', 'Big+Quiet BP03'] ],
	  acc => [ ['filter', 7, 'V11', 'V15 Detect', 'V8', 'V10'],
		   ['nozzle', undef, 'Airwrap', 'Supersonic', 'V11', 'V8'],
		   ['battery', 9, 'V8', 'V10', 'V11'],
		   ['stand', undef, 'V15', 'V12', 'Supersonic'] ] },
	{ m => 'AirPods', cl => [9], gp => ['0190198', '0194252'], zh => [],
	  split => ['Air', 'Pods'],
	  tl => { ru => ['Эйрподс', 'Аирподс', 'Айрподс', 'Эйр Подс', 'Аирподсы'],
		  kk => ['Эйрподс', 'Аирподс', 'Айрподс'], az => ['Eyrpods', 'Ayrpods'],
		  tr => ['Eyırpods', 'Eyrpods'], ka => ['ეარპოდსი', 'ეირპოდსი'],
		  hy => ['Էյրփոդս', 'Այրփոդս'] },
	  prod => [ ['earbuds', 'Pro 2', 'Pro 2 USB-C', '3', '4', '4 ANC', '2'],
		    ['headphones', 'Max'] ],
	  acc => [ ['case', 9, 'Pro 2', 'Pro', '3', '4', '2'],
		   ['eartips', 9, 'Pro 2', 'Pro'],
		   ['charger', 9, 'Pro 2', '3'] ] },
	{ m => 'iPhone', cl => [9], gp => ['0190198', '0194252'], zh => [],
	  split => ['i', 'Phone'],
	  tl => { ru => ['Айфон', 'айфон'], kk => ['Айфон', 'Aıfon'], az => ['Ayfon'],
		  tr => ['Ayfon'], ka => ['აიფონი', 'აიფონ'], hy => ['Այֆոն'],
		  el => ['Αϊφόν'] },
	  prod => [ ['phone', '15 Pro Max 256GB', '15 128GB', '14 Pro 128GB', '13 128GB', '16 Pro 256GB', '12 64GB', '11 64GB', 'SE 2022 64GB'] ],
	  acc => [ ['case', 9, '15 Pro Max', '15', '14 Pro', '13', '16 Pro', '12 mini'],
		   ['glass', 9, '15 Pro', '14', '13', '16 Pro Max', '11'],
		   ['charger', 9, '15', '16 Pro'],
		   ['cable', 9, '15', '14', '13'] ] },
	{ m => 'Apple', cl => [9], gp => ['0190198', '0888462'], zh => ['苹果'],
	  split => ['Ap', 'ple'],
	  tl => { ru => ['Эпл', 'Эппл'], kk => ['Эпл', 'Эппл'], az => ['Epl'],
		  tr => ['Epıl'], ka => ['ეფლი', 'ეპლი'], hy => ['Էփլ'] },
	  prod => [ ['smartwatch', 'Watch Series 9 45mm', 'Watch Ultra 2 49mm', 'Watch SE 40mm', 'Watch Series 10 42mm'],
		    ['laptop', 'MacBook Air 13 M2 8/256', 'MacBook Pro 14 M3', 'MacBook Air 15 M3'],
		    ['tablet', 'iPad 10.9 2022 64GB', 'iPad Air M2 128GB', 'iPad Pro 11 M4'],
		    ['gadget', 'Pencil 2', 'Magic Mouse', 'AirTag 4 pack'] ],
	  acc => [ ['strap', undef, 'Watch 45mm', 'Watch Ultra 49mm', 'Watch 41mm', 'Watch Series 9'],
		   ['case', 9, 'Watch 45mm', 'MacBook Air 13'],
		   ['charger', 9, 'Watch', 'MacBook Air M2'],
		   ['glass', 9, 'Watch 45mm', 'Watch Ultra 2'] ] },
	{ m => 'Samsung', cl => [7, 9, 11], gp => ['8806090', '8801643'], zh => ['三星'],
	  split => ['Sam', 'sung'],
	  tl => { ru => ['Самсунг'], kk => ['Самсунг'], az => ['Samsunq'],
		  ka => ['სამსუნგი', 'სამსუნგ'], hy => ['Սամսունգ'], el => ['Σάμσουνγκ'] },
	  prod => [ ['phone', 'Galaxy S24 Ultra 12/256GB', 'Galaxy A55 8/128', 'Galaxy Z Flip5', 'Galaxy S23 FE'],
		    ['earbuds', 'Galaxy Buds2 Pro', 'Galaxy Buds FE'],
		    ['smartwatch', 'Galaxy Watch6 Classic 47mm'],
		    ['tv', 'QE55Q60C', 'UE43CU7100'],
		    ['washer', 'WW80T4040CE'],
		    ['fridge', 'RB37A5000SA'],
		    ['vacuum', 'Jet 75'] ],
	  acc => [ ['case', 9, 'Galaxy S24 Ultra', 'Galaxy A55', 'Galaxy S23'],
		   ['glass', 9, 'Galaxy S24', 'Galaxy A35'],
		   ['strap', undef, 'Galaxy Watch6', 'Galaxy Watch 5 Pro'],
		   ['filter', 11, 'RB37 DA29-00020B'],
		   ['charger', 9, 'Galaxy S24', 'Galaxy A55'] ] },
	{ m => 'Xiaomi', cl => [7, 9, 11], gp => ['6934177', '6941812'], zh => ['小米'],
	  split => ['Xiao', 'mi'],
	  tl => { ru => ['Сяоми', 'Ксиаоми', 'Ксяоми', 'Шаоми'], kk => ['Сяоми', 'Ксиоми'],
		  az => ['Ksiaomi', 'Şaomi'], tr => ['Şaomi'], ka => ['შაომი', 'ქსიაომი'],
		  hy => ['Սյաոմի', 'Քսիաոմի'], el => ['Σιαόμι'] },
	  prod => [ ['phone', 'Redmi Note 13 Pro 8/256', '14T Pro', '13T 12/256', 'Poco X6 Pro'],
		    ['fitband', 'Smart Band 8', 'Mi Band 7', 'Smart Band 9'],
		    ['robovac', 'Robot Vacuum S10+', 'Mi Robot Vacuum-Mop 2'],
		    ['purifier', 'Smart Air Purifier 4 Lite'],
		    ['earbuds', 'Redmi Buds 5 Pro'],
		    ['tv', 'TV A Pro 55'] ],
	  acc => [ ['strap', undef, 'Mi Band 8', 'Smart Band 9', 'Mi Band 7'],
		   ['glass', 9, 'Redmi Note 13', '14T'],
		   ['case', 9, 'Redmi Note 13 Pro', 'Poco X6 Pro'],
		   ['filter', 11, 'Mi Air Purifier 3H', 'Smart Air Purifier 4'],
		   ['brush', 7, 'Robot Vacuum S10', 'Mi Robot Vacuum-Mop 2'] ] },
	{ m => 'Sony', cl => [9], gp => ['4548736', '4905524'], zh => ['索尼'],
	  split => ['So', 'ny'],
	  tl => { ru => ['Сони'], kk => ['Сони'], az => ['Soni'], tr => ['Soni'],
		  ka => ['სონი'], hy => ['Սոնի'], el => ['Σόνι'] },
	  prod => [ ['headphones', 'WH-1000XM5', 'WH-1000XM4', 'WH-CH720N'],
		    ['earbuds', 'WF-1000XM5', 'WF-C700N'],
		    ['camera', 'Alpha 7 IV', 'ZV-E10', 'a6400'],
		    ['tv', 'Bravia KD-55X80L'],
		    ['speaker', 'SRS-XB100', 'ULT Field 1'] ],
	  acc => [ ['earpads', 9, 'WH-1000XM4', 'WH-1000XM3', 'WH-CH720N'],
		   ['case', 9, 'WF-1000XM5', 'WH-1000XM5'],
		   ['battery', 9, 'Alpha NP-FW50', 'a6400'] ] },
	{ m => 'Bose', cl => [9], gp => ['0017817'], zh => ['博士'],
	  split => ['Bo', 'se'],
	  tl => { ru => ['Боуз', 'Бозе'], kk => ['Боуз'], ka => ['ბოუზი'],
		  hy => ['Բոուզ'] },
	  prod => [ ['headphones', 'QuietComfort 45', 'QuietComfort Ultra', '700'],
		    ['earbuds', 'QuietComfort Earbuds II', 'QC Ultra Earbuds'],
		    ['speaker', 'SoundLink Flex', 'SoundLink Micro', 'SoundLink Revolve+ II'] ],
	  acc => [ ['earpads', 9, 'QuietComfort 35 II', 'QC45', '700'],
		   ['case', 9, 'QuietComfort Earbuds II', 'SoundLink Flex'] ] },
	{ m => 'JBL', cl => [9], gp => ['0050036', '6925281'], zh => [],
	  split => ['J', 'B', 'L'],
	  tl => { ru => ['Джибиэль', 'ДжиБиЭль'], kk => ['Джибиэль'], ka => ['ჯეიბიელი'],
		  hy => ['Ջեյ Բի Էլ'] },
	  prod => [ ['speaker', 'Flip 6', 'Charge 5', 'Go 3', 'Clip 4', 'PartyBox 110', 'Boombox 3', 'Xtreme 3'],
		    ['headphones', 'Tune 520BT', 'Tune 720BT', 'Live 660NC'],
		    ['earbuds', 'Wave Buds', 'Tune Flex', 'Live Pro 2'] ],
	  acc => [ ['case', 9, 'Flip 6', 'Charge 5', 'Go 3'],
		   ['charger', 9, 'Charge 5', 'Flip 5'] ] },
	{ m => 'Philips', cl => [7, 8, 9, 10, 11, 21], gp => ['8710103', '8710447'], zh => ['飞利浦'],
	  split => ['Phil', 'ips'],
	  tl => { ru => ['Филипс'], kk => ['Филипс'], az => ['Filips'], tr => ['Filips'],
		  ka => ['ფილიპსი'], hy => ['Ֆիլիպս'], el => ['Φίλιπς'] },
	  prod => [ ['shaver', 'Series 9000 S9985', 'Series 5000', 'OneBlade QP2824'],
		    ['airfryer', 'Airfryer XXL HD9650', 'Airfryer 3000 HD9252'],
		    ['toothbrush', 'Sonicare DiamondClean 9000', 'Sonicare ProtectiveClean 4300'],
		    ['iron', 'Azur GC4567'],
		    ['coffee', 'LatteGo EP3246'],
		    ['purifier', 'Series 2000i'] ],
	  acc => [ ['heads', 21, 'Sonicare', 'Sonicare DiamondClean'],
		   ['shaverheads', 8, 'Series 9000', 'Series 5000 SH50'],
		   ['filter', 11, 'AC2887', 'Series 2000i'],
		   ['blade', 8, 'OneBlade'] ] },
	{ m => 'Braun', cl => [8, 11, 21], gp => ['4210201', '4022167'], zh => ['博朗'],
	  split => ['Bra', 'un'],
	  tl => { ru => ['Браун'], kk => ['Браун'], ka => ['ბრაუნი'], hy => ['Բրաուն'] },
	  prod => [ ['shaver', 'Series 9 Pro 9477cc', 'Series 7 71-S7200cc', 'Series 5 51-W1600s', 'Series 3 300s'],
		    ['epilator', 'Silk-épil 9 9-720', 'Silk-épil 5'],
		    ['trimmer', 'MGK7221'],
		    ['hairdryer', 'Satin Hair 7 HD785'],
		    ['coffee', 'PurAroma 7 KF7020'] ],
	  acc => [ ['foil', 8, 'Series 9', 'Series 7', 'Series 5 51S', 'Series 3 32B'],
		   ['charger', undef, 'Series 9', 'Series 7'] ] },
	{ m => 'Nike', cl => [18, 25, 28], gp => ['0883412', '0193145'], zh => ['耐克'],
	  split => ['Ni', 'ke'],
	  tl => { ru => ['Найк', 'Найки'], kk => ['Найк'], az => ['Nayk'], tr => ['Nayk'],
		  ka => ['ნაიკი'], hy => ['Նայկ', 'Նայքի'], el => ['Νάικι'] },
	  prod => [ ['sneakers', 'Air Force 1 \'07', 'Air Max 90', 'Dunk Low Panda', 'Air Jordan 1 Mid', 'Air Max Plus TN', 'Pegasus 40', 'Zoom Vomero 5'],
		    ['tshirt', 'Dri-FIT', 'Sportswear Club'],
		    ['hoodie', 'Tech Fleece', 'Club Fleece'],
		    ['tracksuit', 'Tech Fleece'],
		    ['backpack', 'Brasilia', 'Heritage'],
		    ['ball', 'Flight', 'Strike'] ],
	  acc => [ ['laces', undef, 'Air Force 1', 'Dunk Low', 'Air Max 90'] ] },
	{ m => 'Adidas', cl => [18, 25, 28], gp => ['4055012', '4060512'], zh => ['阿迪达斯', '阿迪'],
	  split => ['Adi', 'das'],
	  tl => { ru => ['Адидас'], kk => ['Адидас'], ka => ['ადიდასი'], hy => ['Ադիդաս'],
		  el => ['Αντίντας'] },
	  prod => [ ['sneakers', 'Samba OG', 'Gazelle', 'Campus 00s', 'Superstar', 'Forum Low', 'Yeezy Boost 350 V2', 'Ultraboost 22'],
		    ['tracksuit', 'Tiro 24', 'Adicolor'],
		    ['tshirt', 'Trefoil', 'Essentials 3-Stripes'],
		    ['slides', 'Adilette'],
		    ['backpack', 'Classic'],
		    ['ball', 'Al Rihla'] ],
	  acc => [ ['laces', undef, 'Samba OG', 'Superstar'] ] },
	{ m => 'Puma', cl => [3, 9, 14, 18, 25, 28], gp => ['4060981', '4062451'], zh => ['彪马'],
	  split => ['Pu', 'ma'],
	  tl => { ru => ['Пума'], kk => ['Пума'], ka => ['პუმა'], hy => ['Պումա'],
		  el => ['Πούμα'] },
	  prod => [ ['sneakers', 'Suede Classic', 'RS-X', 'Palermo', 'Speedcat', 'Caven 2.0'],
		    ['tshirt', 'Essentials'],
		    ['tracksuit', 'Classics'],
		    ['backpack', 'Phase'] ],
	  acc => [] },
	{ m => 'Gucci', cl => [3, 14, 18, 25], gp => ['8052134'], zh => ['古驰'],
	  split => ['Guc', 'ci'],
	  tl => { ru => ['Гуччи', 'Гучи'], kk => ['Гуччи'], az => ['Guçi'], tr => ['Guçi'],
		  ka => ['გუჩი'], hy => ['Գուչի'], el => ['Γκούτσι'] },
	  prod => [ ['bag', 'GG Marmont', 'Dionysus', 'Jackie 1961', 'Ophidia', 'Horsebit 1955'],
		    ['belt', 'GG Marmont'],
		    ['sneakers', 'Ace', 'Rhyton', 'Screener'],
		    ['perfume', 'Bloom', 'Flora Gorgeous Gardenia', 'Guilty Pour Homme'],
		    ['wallet', 'GG Marmont'] ],
	  acc => [ ['organizer', 18, 'Marmont', 'Ophidia Tote'] ] },
	{ m => 'Chanel', cl => [3, 14, 18, 25], gp => ['3145891'], zh => ['香奈儿'],
	  split => ['Cha', 'nel'],
	  tl => { ru => ['Шанель'], kk => ['Шанель'], az => ['Şanel'], tr => ['Şanel'],
		  ka => ['შანელი'], hy => ['Շանել'], el => ['Σανέλ'] },
	  prod => [ ['perfume', 'Coco Mademoiselle', 'Chance Eau Tendre', 'N°5', 'Allure Homme Sport'],
		    ['bag', 'Classic Flap', 'Boy Bag', '2.55', '22 Bag'],
		    ['lipstick', 'Rouge Allure'],
		    ['watch', 'J12'] ],
	  acc => [ ['organizer', 18, 'Classic Flap', '2.55', 'Boy Bag'] ] },
	{ m => 'Louis Vuitton', cl => [3, 14, 18, 25], gp => ['3760225'], zh => ['路易威登'],
	  split => ['Louis', 'Vuitton'],
	  tl => { ru => ['Луи Виттон', 'Луи Витон'], kk => ['Луи Виттон'], az => ['Lui Vitton'],
		  tr => ['Lui Viton'], ka => ['ლუი ვიტონი'], hy => ['Լուի Վիտոն'] },
	  prod => [ ['bag', 'Neverfull MM', 'Speedy 30', 'Keepall 55', 'Alma BB', 'Pochette Métis', 'OnTheGo GM'],
		    ['wallet', 'Zippy'],
		    ['belt', 'Initiales 40mm'],
		    ['perfume', 'Imagination', 'Ombre Nomade'],
		    ['sneakers', 'Trainer', 'Archlight'] ],
	  acc => [ ['organizer', 18, 'Neverfull MM', 'Speedy 30', 'OnTheGo GM'] ] },
	{ m => 'Rolex', cl => [14], gp => ['7612345'], zh => ['劳力士'],
	  split => ['Ro', 'lex'],
	  tl => { ru => ['Ролекс'], kk => ['Ролекс'], az => ['Roleks'], tr => ['Roleks'],
		  ka => ['როლექსი'], hy => ['Ռոլեքս'], el => ['Ρόλεξ'] },
	  prod => [ ['watch', 'Submariner Date', 'Daytona', 'Datejust 41', 'GMT-Master II Pepsi', 'Day-Date 40', 'Yacht-Master', 'Oyster Perpetual 41'] ],
	  acc => [] },
	{ m => 'Casio', cl => [9, 14, 15], gp => ['4971850', '4549526'], zh => ['卡西欧'],
	  split => ['Ca', 'sio'],
	  tl => { ru => ['Касио'], kk => ['Касио'], az => ['Kasio'], tr => ['Kasyo'],
		  ka => ['კასიო'], hy => ['Կասիո'], el => ['Κάσιο'] },
	  prod => [ ['watch', 'G-Shock GA-2100', 'Edifice EFR-S108D', 'Vintage A168WG-9', 'F-91W', 'G-Shock DW-5600', 'Baby-G BA-110'],
		    ['calculator', 'fx-991ES Plus', 'fx-82MS'],
		    ['synth', 'CT-S300', 'CT-S1', 'Privia PX-S1100'] ],
	  acc => [ ['strap', 14, 'G-Shock GA-2100', 'G-Shock DW-5600', 'Edifice EFR-539'] ] },
	{ m => 'Lego', cl => [28], gp => ['5702015', '5702016'], zh => ['乐高'],
	  split => ['Le', 'go'],
	  tl => { ru => ['Лего'], kk => ['Лего'], az => ['Leqo'], ka => ['ლეგო'],
		  hy => ['Լեգո'], el => ['Λέγκο'] },
	  prod => [ ['blocks', 'Technic 42115', 'City 60337', 'Star Wars 75192', 'Friends 41703', 'Creator 3in1 31058', 'Duplo 10935', 'Icons 10497', 'Ninjago 71799'] ],
	  acc => [ ['led', undef, 'Technic 42115', 'Star Wars 75192', 'Icons 10497', 'City 60337'],
		   ['display', undef, 'Technic 42143', 'Star Wars 75313'] ] },
	{ m => 'Nivea', cl => [3], gp => ['4005808', '4005900'], zh => ['妮维雅'],
	  split => ['Ni', 'vea'],
	  tl => { ru => ['Нивея', 'Нивеа'], kk => ['Нивея'], ka => ['ნივეა'], hy => ['Նիվեա'] },
	  prod => [ ['cream', 'Creme', 'Soft', 'Q10 Power', 'Men Creme'],
		    ['lotion', 'Body Milk', 'Sun Protect & Moisture SPF 50'],
		    ['deodorant', 'Black & White Invisible', 'Men Dry Impact'] ],
	  acc => [] },
	{ m => 'Huawei', cl => [9], gp => ['6901443', '6941487'], zh => ['华为'],
	  split => ['Hua', 'wei'],
	  tl => { ru => ['Хуавей', 'Хуавэй'], kk => ['Хуавей'], az => ['Huavey'], tr => ['Huavei'],
		  ka => ['ჰუავეი'], hy => ['Հուավեյ'], el => ['Χουαουέι'] },
	  prod => [ ['phone', 'Mate 60 Pro', 'P60 Pro', 'nova 12s', 'Pura 70 Ultra'],
		    ['smartwatch', 'Watch GT 4 46mm', 'Watch Fit 3'],
		    ['fitband', 'Band 9'],
		    ['earbuds', 'FreeBuds 5i', 'FreeBuds Pro 3'],
		    ['tablet', 'MatePad 11.5'],
		    ['laptop', 'MateBook D16'] ],
	  acc => [ ['strap', undef, 'Watch GT 4 46mm', 'Watch Fit 3', 'Band 8'],
		   ['case', 9, 'Mate 60 Pro', 'P60 Pro', 'nova 12s'],
		   ['glass', 9, 'P60 Pro', 'Mate 60'] ] },
	{ m => 'Lenovo', cl => [9], gp => ['0195348', '0889488'], zh => ['联想'],
	  split => ['Le', 'novo'],
	  tl => { ru => ['Леново'], kk => ['Леново'], ka => ['ლენოვო'], hy => ['Լենովո'] },
	  prod => [ ['laptop', 'Legion 5 Pro 16', 'IdeaPad Slim 3 15', 'ThinkPad E14 Gen 5', 'LOQ 15', 'Yoga Slim 7'],
		    ['tablet', 'Tab P11 Gen 2', 'Tab M10 Plus'],
		    ['earbuds', 'LP40 Pro', 'ThinkPlus XT88'] ],
	  acc => [ ['battery', 9, 'IdeaPad 3 15', 'ThinkPad T480', 'Legion 5'],
		   ['charger', 9, 'ThinkPad', 'IdeaPad', 'Legion 5 Pro'],
		   ['case', 9, 'Tab P11', 'Tab M10'],
		   ['glass', 9, 'Tab P11 Pro'] ] },
	{ m => 'PlayStation', cl => [9, 28], gp => ['0711719'], zh => [],
	  split => ['Play', 'Station'],
	  tl => { ru => ['Плейстейшн', 'Плейстейшен', 'Плэйстэйшн'], kk => ['Плейстейшн'],
		  az => ['Pleysteyşn'], tr => ['Pleysteyşın'], ka => ['ფლეისთეიშენი', 'პლეისტეიშენი'],
		  hy => ['Փլեյսթեյշն'] },
	  prod => [ ['console', '5 Slim 1TB', '5 Pro', '5 Digital Edition', '4 Pro 1TB', 'Portal'],
		    ['gamepad', 'DualSense', 'DualSense Edge', 'DualShock 4'] ],
	  acc => [ ['stand', undef, '5 Slim', '5', '4 Pro'],
		   ['charger', 9, '5 DualSense'],
		   ['skin', undef, '5 Slim', '5 Digital'],
		   ['case', 9, '5 Slim', 'Portal'] ] },
	{ m => 'Ray-Ban', cl => [9], gp => ['8053672'], zh => ['雷朋'],
	  split => ['Ray', 'Ban'],
	  tl => { ru => ['Рэй Бэн', 'Рей Бан', 'Рэйбан'], kk => ['Рэй Бэн'], az => ['Reyban'],
		  ka => ['რეიბანი'], hy => ['Ռեյ Բան'] },
	  prod => [ ['sunglasses', 'Wayfarer RB2140', 'Aviator RB3025', 'Clubmaster RB3016', 'Erika RB4171', 'Round Metal RB3447'] ],
	  acc => [ ['lenses', 9, 'Wayfarer RB2140', 'Aviator RB3025', 'Clubmaster RB3016'],
		   ['glcase', 9, 'Wayfarer', 'Aviator'] ] },
	{ m => 'Levi\'s', cl => [18, 25], gp => ['5400599'], zh => ['李维斯'],
	  split => ['Levi', 's'],
	  tl => { ru => ['Левайс', 'Левис'], kk => ['Левайс'], az => ['Livays'], tr => ['Livays'],
		  ka => ['ლევაისი', 'ლივაისი'], hy => ['Լիվայս'] },
	  prod => [ ['jeans', '501 Original', '511 Slim', '502 Taper', '721 High Rise Skinny', 'Ribcage Straight'],
		    ['jacket', 'Trucker'],
		    ['tshirt', 'Graphic Tee'] ],
	  acc => [] },
);
my %MARK = map { $_->{m} => $_ } @MARKS;

# Nice class of each product category (undef: category spans classes)
my %CATCL = (
	phone => 9, earbuds => 9, headphones => 9, speaker => 9, smartwatch => 9,
	fitband => 9, laptop => 9, tablet => 9, tv => 9, camera => 9, console => 9,
	gamepad => 28, gadget => 9, vacuum => 7, robovac => 7, hairdryer => 11,
	styler => undef, shaver => 8, epilator => 8, trimmer => 8, toothbrush => 21,
	airfryer => 11, coffee => 11, iron => 8, washer => 7, fridge => 11,
	purifier => 11, sneakers => 25, tshirt => 25, hoodie => 25, tracksuit => 25,
	jeans => 25, jacket => 25, slides => 25, bag => 18, backpack => 18,
	wallet => 18, belt => 25, perfume => 3, cream => 3, lotion => 3,
	deodorant => 3, lipstick => 3, watch => 14, calculator => 9, synth => 15,
	blocks => 28, sunglasses => 9, ball => 28,
);

# what sizes a category takes
my %CATSZ = (
	sneakers => 'shoe', slides => 'shoe', tshirt => 'cloth', hoodie => 'cloth',
	tracksuit => 'cloth', jeans => 'jeans', jacket => 'cloth', perfume => 'vol',
	cream => 'vol', lotion => 'vol', deodorant => 'vol', belt => 'belt',
);

my @LANGS = qw(ru kk az tr ka hy en zh);

# product nouns: cat => [ru, kk, az, tr, ka, hy, en, zh], alternatives with |
my %NOUN = (
	phone => ['Смартфон|Телефон', 'Смартфон|Ұялы телефон', 'Telefon|Smartfon', 'Cep Telefonu|Akıllı Telefon', 'სმარტფონი|მობილური ტელეფონი', 'Սմարթֆոն|Բջջային հեռախոս', 'Smartphone|Cell Phone', '手机|智能手机'],
	earbuds => ['Беспроводные наушники|Наушники TWS', 'Сымсыз құлаққап', 'Simsiz qulaqlıq|Qulaqlıq', 'Kablosuz Kulaklık|Bluetooth Kulaklık', 'უსადენო ყურსასმენი', 'Անլար ականջակալներ', 'Wireless Earbuds|Bluetooth Earphones', '无线蓝牙耳机|蓝牙耳机'],
	headphones => ['Наушники накладные|Полноразмерные наушники', 'Құлаққап', 'Qulaqlıq', 'Kulak Üstü Kulaklık', 'ყურსასმენი', 'Ականջակալներ', 'Over-Ear Headphones|Noise Cancelling Headphones', '头戴式耳机|降噪耳机'],
	speaker => ['Портативная колонка|Блютуз колонка', 'Портативті колонка', 'Portativ dinamik|Kalonka', 'Bluetooth Hoparlör|Taşınabilir Hoparlör', 'პორტატიული დინამიკი', 'Դյնամիկ|Բարձրախոս', 'Portable Speaker|Bluetooth Speaker', '蓝牙音箱|便携音响'],
	smartwatch => ['Смарт-часы|Умные часы', 'Смарт сағат', 'Smart saat', 'Akıllı Saat', 'სმარტ საათი', 'Խելացի ժամացույց', 'Smart Watch|Smartwatch', '智能手表'],
	fitband => ['Фитнес-браслет', 'Фитнес білезік', 'Fitnes qolbaq', 'Akıllı Bileklik', 'ფიტნეს სამაჯური', 'Ֆիթնես ապարանջան', 'Fitness Tracker|Smart Band', '智能手环'],
	laptop => ['Ноутбук', 'Ноутбук', 'Noutbuk', 'Dizüstü Bilgisayar|Laptop', 'ლეპტოპი|ნოუთბუქი', 'Նոութբուք', 'Laptop|Notebook', '笔记本电脑|轻薄本'],
	tablet => ['Планшет', 'Планшет', 'Planşet', 'Tablet', 'პლანშეტი', 'Պլանշետ', 'Tablet', '平板电脑'],
	tv => ['Телевизор', 'Теледидар', 'Televizor', 'Televizyon|Smart TV', 'ტელევიზორი', 'Հեռուստացույց', 'Smart TV|4K TV', '智能电视|液晶电视'],
	camera => ['Фотоаппарат|Беззеркальная камера', 'Фотоаппарат', 'Fotoaparat', 'Fotoğraf Makinesi', 'ფოტოაპარატი', 'Ֆոտոխցիկ', 'Mirrorless Camera', '微单相机|数码相机'],
	console => ['Игровая приставка|Игровая консоль', 'Ойын приставкасы', 'Oyun konsolu|Pristavka', 'Oyun Konsolu', 'სათამაშო კონსოლი', 'Խաղային կոնսոլ', 'Game Console|Gaming Console', '游戏机|游戏主机'],
	gamepad => ['Геймпад|Джойстик', 'Джойстик', 'Coystik', 'Oyun Kolu|Gamepad', 'ჯოისტიკი', 'Ջոյստիկ', 'Wireless Controller|Gamepad', '游戏手柄|无线手柄'],
	gadget => ['Аксессуар', 'Аксессуар', 'Aksesuar', 'Aksesuar', 'აქსესუარი', 'Աքսեսուար', 'Accessory', '配件'],
	vacuum => ['Пылесос вертикальный|Беспроводной пылесос', 'Сымсыз шаңсорғыш|Шаңсорғыш', 'Simsiz tozsoran|Tozsoran', 'Dikey Süpürge|Kablosuz Süpürge', 'უსადენო მტვერსასრუტი|მტვერსასრუტი', 'Անլար փոշեկուլ|Փոշեկուլ', 'Cordless Vacuum Cleaner|Stick Vacuum', '无线吸尘器|吸尘器'],
	robovac => ['Робот-пылесос', 'Робот шаңсорғыш', 'Robot tozsoran', 'Robot Süpürge', 'რობოტი მტვერსასრუტი', 'Ռոբոտ փոշեկուլ', 'Robot Vacuum', '扫地机器人'],
	hairdryer => ['Фен для волос|Фен', 'Шаш кептіргіш|Фен', 'Fen|Saç qurudan fen', 'Saç Kurutma Makinesi|Fön Makinesi', 'თმის საშრობი|ფენი', 'Մազի չորանոց|Ֆեն', 'Hair Dryer|Hairdryer', '吹风机|电吹风'],
	styler => ['Стайлер для волос|Мультистайлер', 'Стайлер', 'Saç stayleri|Stayler', 'Saç Şekillendirici', 'თმის სტაილერი', 'Մազերի ստայլեր', 'Hair Styler|Multi-Styler', '卷发棒|美发造型器'],
	shaver => ['Электробритва|Бритва электрическая', 'Электр ұстара', 'Təraş maşını|Elektrik ülgüc', 'Tıraş Makinesi', 'ელექტრო საპარსი', 'Էլեկտրական սափրիչ', 'Electric Shaver', '电动剃须刀'],
	epilator => ['Эпилятор', 'Эпилятор', 'Epilyator', 'Epilatör', 'ეპილატორი', 'Էպիլյատոր', 'Epilator', '脱毛器'],
	trimmer => ['Триммер для бороды|Машинка для стрижки', 'Триммер', 'Trimmer', 'Sakal Tıraş Makinesi|Düzeltici', 'ტრიმერი', 'Թրիմեր', 'Beard Trimmer', '理发器|修剪器'],
	toothbrush => ['Электрическая зубная щетка', 'Электр тіс щеткасы', 'Elektrik diş fırçası', 'Şarjlı Diş Fırçası', 'ელექტრო კბილის ჯაგრისი', 'Էլեկտրական ատամի խոզանակ', 'Electric Toothbrush', '电动牙刷'],
	airfryer => ['Аэрогриль|Аэрофритюрница', 'Аэрогриль', 'Aerogril|Fritöz', 'Fritöz|Yağsız Fritöz', 'აეროგრილი', 'Աէրոգրիլ', 'Air Fryer', '空气炸锅'],
	coffee => ['Кофемашина|Кофеварка', 'Кофе машинасы', 'Qəhvə maşını', 'Kahve Makinesi', 'ყავის აპარატი', 'Սրճեփ մեքենա', 'Coffee Maker|Espresso Machine', '咖啡机'],
	iron => ['Утюг|Парогенератор', 'Үтік', 'Ütü', 'Buharlı Ütü', 'უთო', 'Արդուկ', 'Steam Iron', '蒸汽熨斗'],
	washer => ['Стиральная машина', 'Кір жуғыш машина', 'Paltaryuyan maşın', 'Çamaşır Makinesi', 'სარეცხი მანქანა', 'Լվացքի մեքենա', 'Washing Machine', '洗衣机|滚筒洗衣机'],
	fridge => ['Холодильник', 'Тоңазытқыш', 'Soyuducu', 'Buzdolabı', 'მაცივარი', 'Սառնարան', 'Refrigerator|Fridge Freezer', '冰箱'],
	purifier => ['Очиститель воздуха', 'Ауа тазартқыш', 'Hava təmizləyici', 'Hava Temizleyici', 'ჰაერის გამწმენდი', 'Օդի մաքրիչ', 'Air Purifier', '空气净化器'],
	sneakers => ['Кроссовки|Кеды', 'Кроссовкалар|Кроссовка', 'Krossovka|Krossovkalar', 'Spor Ayakkabı|Sneaker', 'სპორტული ფეხსაცმელი|კედები', 'Կրոսովկաներ|Սպորտային կոշիկ', 'Sneakers|Running Shoes', '运动鞋|板鞋'],
	tshirt => ['Футболка', 'Футболка', 'Futbolka|Köynək', 'Tişört|T-shirt', 'მაისური', 'Շապիկ|Մայկա', 'T-Shirt|Tee', 'T恤|短袖'],
	hoodie => ['Худи|Толстовка', 'Худи', 'Hudi', 'Kapüşonlu Sweatshirt|Hoodie', 'ჰუდი', 'Հուդի', 'Hoodie', '连帽卫衣|卫衣'],
	tracksuit => ['Спортивный костюм', 'Спорт костюмі', 'İdman kostyumu', 'Eşofman Takımı', 'სპორტული კოსტიუმი', 'Սպորտային կոստյում', 'Tracksuit', '运动套装'],
	jeans => ['Джинсы', 'Джинсы', 'Cins şalvar|Cins', 'Kot Pantolon|Jean', 'ჯინსი', 'Ջինս', 'Jeans', '牛仔裤'],
	jacket => ['Куртка|Джинсовая куртка', 'Күртеше', 'Gödəkcə', 'Mont|Ceket', 'ქურთუკი', 'Բաճկոն', 'Jacket', '夹克|外套'],
	slides => ['Шлёпанцы|Сланцы', 'Шлепанцы', 'Şap|Terlik', 'Terlik', 'ჩუსტები', 'Հողաթափեր', 'Slides|Slippers', '拖鞋'],
	bag => ['Сумка женская|Сумка', 'Әйел сөмкесі|Сөмке', 'Qadın çantası|Çanta', 'Kadın Çanta|Omuz Çantası', 'ქალის ჩანთა|ჩანთა', 'Կանացի պայուսակ|Պայուսակ', 'Handbag|Shoulder Bag', '女包|手提包'],
	backpack => ['Рюкзак', 'Рюкзак|Арқа сөмке', 'Bel çantası|Ryukzak', 'Sırt Çantası', 'ზურგჩანთა', 'Ուսապարկ', 'Backpack', '双肩包|背包'],
	wallet => ['Кошелёк|Портмоне', 'Әмиян', 'Pul kisəsi|Cüzdan', 'Cüzdan', 'საფულე', 'Դրամապանակ', 'Wallet', '钱包'],
	belt => ['Ремень|Ремень кожаный', 'Белдік', 'Kəmər', 'Kemer', 'ქამარი', 'Գոտի', 'Belt|Leather Belt', '腰带|皮带'],
	perfume => ['Парфюм|Туалетная вода|Духи', 'Иіс су|Парфюм', 'Ətir', 'Parfüm|EDP Parfüm', 'სუნამო', 'Օծանելիք', 'Perfume|Eau de Parfum', '香水'],
	cream => ['Крем для лица|Крем', 'Бет кремі|Крем', 'Üz kremi|Krem', 'Yüz Kremi|Krem', 'სახის კრემი|კრემი', 'Դեմքի քսուք|Կրեմ', 'Face Cream|Cream', '面霜'],
	lotion => ['Молочко для тела|Лосьон', 'Дене сүті', 'Bədən südü', 'Vücut Losyonu', 'სხეულის რძე', 'Մարմնի կաթ', 'Body Lotion', '身体乳'],
	deodorant => ['Дезодорант', 'Дезодорант', 'Dezodorant', 'Deodorant', 'დეზოდორანტი', 'Դեզոդորանտ', 'Deodorant', '止汗露'],
	lipstick => ['Помада', 'Ерін далабы', 'Dodaq boyası', 'Ruj', 'ტუჩსაცხი', 'Շրթներկ', 'Lipstick', '口红'],
	watch => ['Часы наручные|Часы мужские', 'Қол сағаты|Сағат', 'Qol saatı|Saat', 'Kol Saati|Erkek Kol Saati', 'მაჯის საათი|საათი', 'Ձեռքի ժամացույց|Ժամացույց', 'Wristwatch|Watch', '手表|机械表'],
	calculator => ['Калькулятор инженерный', 'Инженерлік калькулятор', 'Mühəndis kalkulyatoru', 'Bilimsel Hesap Makinesi', 'საინჟინრო კალკულატორი', 'Ինժեներական հաշվիչ', 'Scientific Calculator', '计算器|科学计算器'],
	synth => ['Синтезатор', 'Синтезатор', 'Sintezator', 'Dijital Org|Klavye', 'სინთეზატორი', 'Սինթեզատոր', 'Digital Keyboard', '电子琴'],
	blocks => ['Конструктор', 'Конструктор', 'Konstruktor', 'Yapı Seti|Yapım Seti', 'კონსტრუქტორი', 'Կոնստրուկտոր', 'Building Set|Building Kit', '积木|拼装积木'],
	sunglasses => ['Солнцезащитные очки|Очки', 'Күннен қорғайтын көзілдірік|Көзілдірік', 'Günəş eynəyi|Eynək', 'Güneş Gözlüğü', 'მზის სათვალე', 'Արևային ակնոց', 'Sunglasses', '太阳镜|墨镜'],
	ball => ['Мяч футбольный', 'Футбол добы', 'Futbol topu', 'Futbol Topu', 'ფეხბურთის ბურთი', 'Ֆուտբոլի գնդակ', 'Football|Soccer Ball', '足球'],
);

# accessory nouns (referential listings)
my %ACC = (
	case => ['Чехол|Чехол силиконовый', 'Қап|Чехол', 'Çexol|Keys', 'Kılıf|Silikon Kılıf', 'ქეისი', 'Պատյան', 'Case|Protective Case', '保护套|保护壳'],
	glass => ['Защитное стекло', 'Қорғаныш әйнек', 'Qoruyucu şüşə', 'Ekran Koruyucu Cam|Temperli Cam', 'დამცავი მინა', 'Պաշտպանիչ ապակի', 'Screen Protector|Tempered Glass', '钢化膜'],
	strap => ['Ремешок|Браслет', 'Білезік бауы', 'Qayış', 'Kordon|Kayış', 'სამაჯური|ღვედი', 'Ժապավեն|Ձեռնաշղթա', 'Strap|Band', '表带|腕带'],
	charger => ['Зарядное устройство|Зарядка', 'Зарядтағыш', 'Şarj cihazı|Adapter', 'Şarj Aleti|Şarj Adaptörü', 'დამტენი', 'Լիցքավորիչ', 'Charger|Fast Charger', '充电器'],
	cable => ['Кабель|Провод для зарядки', 'Кабель', 'Kabel|Şarj kabeli', 'Şarj Kablosu', 'კაბელი', 'Մալուխ', 'Charging Cable', '数据线|充电线'],
	eartips => ['Амбушюры|Вкладыши', 'Амбушюрлар', 'Qulaqlıq ucluqları', 'Kulaklık Silikonu', 'ყურის სილიკონები', 'Ականջակալի բարձիկներ', 'Ear Tips', '耳塞套|耳帽'],
	earpads => ['Амбушюры', 'Амбушюрлар', 'Qulaqlıq yastıqları', 'Kulak Pedi|Kulaklık Pedi', 'ყურის ბალიშები', 'Ականջակալի բարձիկներ', 'Ear Pads|Replacement Ear Cushions', '耳罩|耳机套'],
	filter => ['Фильтр|HEPA фильтр', 'Сүзгі|Фильтр', 'Filtr', 'Filtre|HEPA Filtre', 'ფილტრი', 'Ֆիլտր', 'Filter|HEPA Filter', '滤网|滤芯'],
	nozzle => ['Насадка|Щетка-насадка', 'Саптама', 'Başlıq', 'Başlık|Aparat', 'საქშენი', 'Գլխիկ', 'Attachment|Nozzle', '配件|吸头'],
	battery => ['Аккумулятор|Батарея', 'Аккумулятор', 'Batareya', 'Batarya|Pil', 'აკუმულატორი|ელემენტი', 'Մարտկոց', 'Replacement Battery|Battery', '电池|替换电池'],
	stand => ['Подставка|Держатель', 'Тұғыр|Ұстағыш', 'Altlıq|Tutacaq', 'Stand|Tutucu', 'სადგამი', 'Կանգնակ', 'Stand|Holder', '支架|收纳架'],
	heads => ['Сменные насадки', 'Ауыстырмалы саптамалар', 'Əvəzedici başlıqlar', 'Yedek Başlık', 'შესაცვლელი თავაკები', 'Փոխարինվող գլխիկներ', 'Replacement Brush Heads', '替换刷头'],
	shaverheads => ['Бритвенные головки|Сменные лезвия', 'Ұстара бастары', 'Ülgüc başlıqları', 'Tıraş Başlığı', 'საპარსი თავაკები', 'Սափրիչի գլխիկներ', 'Replacement Shaver Heads', '刀头|替换刀头'],
	foil => ['Сетка и режущий блок|Сетка для бритвы', 'Ұстара торы', 'Ülgüc toru', 'Elek ve Bıçak Seti', 'საპარსის ბადე', 'Սափրիչի ցանց', 'Foil & Cutter|Replacement Foil', '网罩刀头'],
	blade => ['Сменное лезвие', 'Ауыстырмалы жүз', 'Əvəzedici tiyə', 'Yedek Bıçak', 'შესაცვლელი პირი', 'Փոխարինվող շեղբ', 'Replacement Blade', '替换刀片'],
	skin => ['Наклейка|Виниловая наклейка', 'Жапсырма', 'Stiker', 'Sticker Kaplama', 'სტიკერი', 'Սթիքեր', 'Skin Sticker|Vinyl Skin', '贴纸|贴膜'],
	lenses => ['Линзы сменные', 'Линзалар', 'Linzalar', 'Yedek Cam', 'ლინზები', 'Ոսպնյակներ', 'Replacement Lenses', '替换镜片'],
	glcase => ['Футляр для очков|Футляр', 'Көзілдірік қабы', 'Eynək qabı', 'Gözlük Kılıfı', 'სათვალის ბუდე', 'Ակնոցի պատյան', 'Glasses Case', '眼镜盒'],
	led => ['LED подсветка|Набор подсветки', 'LED жарықтандыру', 'LED işıqlandırma', 'LED Aydınlatma Seti', 'LED განათება', 'LED լուսավորություն', 'LED Light Kit', '灯光组|LED灯组'],
	display => ['Витрина|Бокс-витрина', 'Витрина', 'Vitrin qutusu', 'Sergileme Kutusu', 'ვიტრინა', 'Ցուցափեղկ', 'Acrylic Display Case', '展示盒|亚克力展示盒'],
	laces => ['Шнурки', 'Бау|Шнурки', 'Ayaqqabı bağı', 'Ayakkabı Bağcığı', 'თასმები', 'Կապիչներ', 'Shoelaces|Laces', '鞋带'],
	organizer => ['Органайзер|Органайзер для сумки', 'Органайзер', 'Orqanayzer', 'Çanta Düzenleyici', 'ორგანაიზერი', 'Կազմակերպիչ', 'Bag Organizer Insert', '内胆包|内衬包'],
	brush => ['Боковые щетки|Щетки', 'Бүйір щеткалар', 'Yan fırçalar', 'Yan Fırça', 'გვერდითი ჯაგრისები', 'Կողային խոզանակներ', 'Side Brushes', '边刷|滚刷'],
);

# langidx
my %LI;
@LI{@LANGS} = (0 .. $#LANGS);

sub noun
{
	my ($tab, $cat, $lang) = @_;
	my $e = $tab->{$cat} or die "no noun for $cat";
	return pick(split /\|/, $e->[$LI{$lang}]);
}

my %COL = (
	ru => ['черный', 'белый', 'синий', 'красный', 'серый', 'серебристый', 'золотой', 'розовый', 'зеленый', 'бежевый', 'графит'],
	kk => ['қара', 'ақ', 'көк', 'қызыл', 'сұр', 'күміс', 'алтын', 'қызғылт', 'жасыл'],
	az => ['qara', 'ağ', 'göy', 'qırmızı', 'boz', 'gümüşü', 'qızılı', 'çəhrayı', 'yaşıl'],
	tr => ['Siyah', 'Beyaz', 'Mavi', 'Kırmızı', 'Gri', 'Gümüş', 'Altın', 'Pembe', 'Yeşil', 'Lacivert', 'Bej'],
	ka => ['შავი', 'თეთრი', 'ლურჯი', 'წითელი', 'ნაცრისფერი', 'ვერცხლისფერი', 'ოქროსფერი', 'ვარდისფერი', 'მწვანე'],
	hy => ['սև', 'սպիտակ', 'կապույտ', 'կարմիր', 'մոխրագույն', 'արծաթագույն', 'ոսկեգույն', 'վարդագույն', 'կանաչ'],
	en => ['Black', 'White', 'Blue', 'Red', 'Grey', 'Silver', 'Gold', 'Pink', 'Green', 'Midnight', 'Beige'],
	zh => ['黑色', '白色', '蓝色', '红色', '灰色', '银色', '金色', '粉色', '绿色'],
);

my %EXTRA = (
	ru => ['в наличии', 'доставка по Алматы', 'гарантия 1 год', 'рассрочка 0-0-12', 'хит продаж', 'новинка', 'бесплатная доставка', 'оригинал', 'доставка 1 день', 'доставка по Москве', 'EAC'],
	kk => ['қолда бар', 'кепілдік 1 жыл', 'тегін жеткізу', 'бөліп төлеу 0-0-12', 'жаңа', 'Алматы бойынша жеткізу', 'түпнұсқа', 'Астанаға жеткізу'],
	az => ['yeni', 'zəmanətli', 'çatdırılma pulsuz', 'Bakı daxili çatdırılma', 'kreditlə', 'hissə-hissə ödəniş', 'orijinal', 'endirim'],
	tr => ['Orijinal', 'Sıfır', 'Faturalı', '2 Yıl Garantili', 'Ücretsiz Kargo', 'Aynı Gün Kargo', 'İthalatçı Garantili', 'Kampanyalı'],
	ka => ['ახალი', 'გარანტია', 'უფასო მიწოდება', 'მიწოდება თბილისში', 'ფასდაკლება', 'მარაგშია', 'ორიგინალი'],
	hy => ['նոր', 'երաշխիք', 'անվճար առաքում', 'առաքում Երևանում', 'զեղչ', 'առկա է', 'օրիգինալ'],
	en => ['New', 'Sealed', 'Free Shipping', 'Fast Delivery', '1 Year Warranty', '2024 Model', 'Hot Sale', 'Original'],
	zh => ['正品', '现货', '包邮', '新款', '热卖', '顺丰包邮', '官方标配', '七天无理由'],
);

my %CUE = (
	ru => ['реплика', 'копия', '1:1', 'люкс качество', 'люкс копия', 'ААА', 'AAA', 'LUX', 'муляж', 'не оригинал', 'качество оригинала', '1в1', 'паль', 'премиум копия'],
	kk => ['көшірме', 'реплика', '1:1', 'люкс сапа', 'түпнұсқа емес', 'копия'],
	az => ['kopiya', 'replika', 'lüks kopiya', '1:1', 'orijinal deyil', 'AAA keyfiyyət', 'analoq'],
	tr => ['replika', 'çakma', 'birebir', '1:1', 'muadil', 'A kalite', 'AAA kalite', 'orijinal değil', 'A+ kalite', 'kopya'],
	ka => ['ასლი', 'რეპლიკა', '1:1', 'არაორიგინალი', 'ლუქს ასლი'],
	hy => ['կրկնօրինակ', 'ռեպլիկա', '1:1', 'ոչ օրիգինալ', 'լյուքս կրկնօրինակ'],
	en => ['replica', '1:1', 'AAA', 'copy', 'mirror quality', 'first copy', 'master copy', 'high quality replica', 'dupe', '7A'],
	zh => ['高仿', '复刻', 'A货', '1:1', '超A', '原单', '顶级复刻', '莆田', '华强北', '仿品'],
);

my @EMO = ('🔥', '✅', '💯', '⚡', '⭐', '🚚', '🎁', '😍', '👍', '💥', '🆕', '🛒', '❤️');

my %SELLER = (
	ru => ['TechnoMarket', 'ГаджетЛенд', 'ИП Смирнов А.В.', 'Электроника 24', 'MobileShop', 'Стиль и Мода', 'Парфюм Маркет', 'BEST-STORE', 'ТехноСклад', 'Мир игрушек', 'OptTorg', 'ООО Вектор'],
	kk => ['Алматы Электроника', 'Astana Gadgets', 'ЖШС TechnoKZ', 'Shymkent Shop', 'ИП Нурланов', 'Qazaq Style', 'Aqtobe Market', 'Dala Store'],
	az => ['Baku Electronics', 'Tap Gadget', 'Gənclik Mobile', 'Nərimanov Shop', 'Elite Parfum Baku', 'Sumqayıt Market', 'Gəncə Texno'],
	tr => ['TeknoDünya', 'ModaSepeti', 'ParfümEvi', 'Kadıköy Elektronik', 'ŞıkButik', 'OyuncakDiyarı', 'GadgetPazarı', 'Bursa Ticaret'],
	ka => ['Tbilisi Tech', 'Batumi Shop', 'ფეშენ მარკეტი', 'GeoGadget', 'ვაკე ელექტრონიკა', 'Kutaisi Store'],
	hy => ['Yerevan Mobile', 'Gyumri Shop', 'Արմ Տեխնո', 'Fashion AM', 'Կենտրոն Էլեկտրոնիկս'],
	en => ['GlobalDeals', 'TopGadget Store', 'Shenzhen Electronic Co.', 'FashionHub', 'DealsForYou', 'Eastern Trading LLC'],
	zh => ['深圳华强电子商行', '义乌小商品城', '广州潮品店', '杭州数码专营店', '东莞玩具厂', '上海美妆旗舰店'],
);

# jurisdictions by language (marketplaces)
my %JUR = (
	ru => [[5, 'RU'], [4, 'KZ'], [1, 'BY'], [1, 'KG']],
	kk => [[1, 'KZ']],
	az => [[1, 'AZ']],
	tr => [[1, 'TR']],
	ka => [[1, 'GE']],
	hy => [[1, 'AM']],
	en => [[3, 'KZ'], [2, 'TR'], [1, 'AZ'], [1, 'GE'], [2, 'CN'], [1, 'UZ']],
	zh => [[1, 'CN']],
);

sub thousands
{
	my ($n, $sep) = @_;
	my $s = "$n";
	1 while $s =~ s/^(\d+)(\d{3})/$1$sep$2/;
	return $s;
}

sub price
{
	my ($lang) = @_;
	if ($lang eq 'ru')
	{
		return pick(thousands(990 + 100 * rint(900), ' ') . ' ₽', thousands(4990 + 1000 * rint(300), ' ') . ' ₸', (990 + 100 * rint(900)) . ' руб');
	}
	return pick(thousands(3990 + 1000 * rint(400), ' ') . ' ₸', (3990 + 1000 * rint(400)) . ' тг') if $lang eq 'kk';
	return pick((19 + rint(900)) . ' AZN', (19 + rint(900)) . ' ₼', (19 + rint(900)) . ' manat') if $lang eq 'az';
	return pick(thousands(299 + 100 * rint(400), '.') . ' TL', (99 + rint(9000)) . ',99 TL', '₺' . (99 + rint(9000))) if $lang eq 'tr';
	return pick((25 + rint(2000)) . ' ₾', (25 + rint(2000)) . ' ლარი') if $lang eq 'ka';
	return pick(thousands(3000 + 500 * rint(400), ' ') . ' ֏', (3000 + 500 * rint(400)) . ' դրամ') if $lang eq 'hy';
	return pick('$' . (9 + rint(400)) . '.99', (9 + rint(400)) . ' USD') if $lang eq 'en';
	return pick('¥' . (29 + rint(3000)), (29 + rint(3000)) . '元');
}

sub size_str
{
	my ($type, $lang) = @_;
	return '' unless $type;
	if ($type eq 'shoe')
	{
		my $n = 36 + rint(10);
		return pick("р. $n", "$n размер", "размер $n") if $lang eq 'ru';
		return "$n өлшем" if $lang eq 'kk';
		return "$n ölçü" if $lang eq 'az';
		return "$n Numara" if $lang eq 'tr';
		return "ზომა $n" if $lang eq 'ka';
		return "չափս $n" if $lang eq 'hy';
		return pick("EU $n", "Size $n") if $lang eq 'en';
		return "${n}码";
	}
	if ($type eq 'vol')
	{
		my $n = pick(30, 50, 75, 100, 150, 200, 250, 400);
		return pick("$n мл", "${n}мл") if $lang eq 'ru' || $lang eq 'kk';
		return "$n მლ" if $lang eq 'ka';
		return "$n մլ" if $lang eq 'hy';
		return pick("$n ml", "${n}ml") unless $lang eq 'zh';
		return pick("${n}ml", "${n}毫升");
	}
	if ($type eq 'jeans')
	{
		my $w = 26 + rint(12);
		my $l = pick(30, 32, 34);
		return "W$w L$l" unless $lang eq 'zh';
		return "${w}码";
	}
	if ($type eq 'belt')
	{
		my $n = pick(85, 90, 95, 100, 105, 110);
		return $lang eq 'zh' ? "${n}cm" : "$n cm";
	}
	my $z = pick('XS', 'S', 'M', 'L', 'XL', 'XXL');
	return pick("размер $z", "р. $z") if $lang eq 'ru';
	return "$z өлшем" if $lang eq 'kk';
	return "$z ölçü" if $lang eq 'az';
	return "$z Beden" if $lang eq 'tr';
	return "ზომა $z" if $lang eq 'ka';
	return "չափս $z" if $lang eq 'hy';
	return "Size $z" if $lang eq 'en';
	return "${z}码";
}

# ---------------------------------------------------------------------
# Title templates.  {N} noun, {M} mark (placed last, after clean-up, so
# that clean-up never touches a disguise), {D} model, {C} colour, {S}
# size, {X} extra, {P} price, {E} emoji, {Q} cue expressions.
# ---------------------------------------------------------------------
my %TPL = (
	ru => ['{N} {M} {D} {C} {Q}', '{N} {M} {D}, {C} {S} {Q} {X}', '{M} {D} {N} {C} {Q} {E}',
	       '{E} {M} {D} {Q} {P}', '{Q} {N} {M} {D} {C}', '{M} {D} ({C}) {X} {Q}',
	       '{N} {M} {D} {S} {Q} — {P}', '{M} {D} {Q} {C} {X} {P}'],
	kk => ['{N} {M} {D} {C} {Q}', '{M} {D} {N}, {C} {S} {Q} {X}', '{E} {M} {D} {N} {Q} {P}',
	       '{M} {D} {Q} — {X}', '{N} {M} {D} {S} {Q}'],
	az => ['{M} {D} {N} {C} {Q}', '{N} {M} {D} {S} {Q} {X}', '{E} {M} {D} {Q} {P} {X}',
	       '{M} {D} {Q}, {C}, {X}', '{N} {M} {D} {Q} {P}'],
	tr => ['{M} {D} {N} {C} {S} {Q}', '{M} {D} {C} {N} ({X}) {Q}', '{Q} {M} {D} {N} {S}',
	       '{M} {D} {N} {Q} {E} {P}', '{M} {N} {D} {C} {Q} {X}'],
	ka => ['{M} {D} {N} {C} {Q}', '{N} {M} {D} {S} {Q} {X}', '{E} {M} {D} {Q} {P}',
	       '{M} {D} {Q} {C} {X}'],
	hy => ['{M} {D} {N} {C} {Q}', '{N} {M} {D} {S} {Q} {X}', '{M} {D} {Q} {P}',
	       '{E} {M} {D} {N} {Q} {X}'],
	en => ['{M} {D} {N} {C} {S} {Q}', '{Q} {M} {D} {N} - {C} {E}', '{N} {M} {D} {C} {X} {Q}',
	       '{M} {D} {Q} {P} {X}', '{M} {D} {N} {S} {Q} {E}'],
	zh => ['{M}{N} {D} {Q} {X}', '{Q}{M} {D} {N} {C} {X}', '{X} {M}{D} {N} {Q}',
	       '{M} {D} {C} {N} {Q} {P}', '{M}{D}{N} {C} {Q}'],
);

my %RTPL = (
	ru => ['{A} для {M} {D} {C}', '{A} для {M} {D}, {X}', '{E} {A} для {M} {D} {P}',
	       '{A} на {M} {D} {C}', '{A} на {M} {D}, {X}'],
	kk => ['{M} {D} үшін {A} {C}', '{A} {M} {D} үшін {X}', '{M} {D} үшін {A} {P}'],
	az => ['{M} {D} üçün {A} {C}', '{A} {M} {D} üçün {P}', '{M} {D} üçün {A}, {X}'],
	tr => ['{M} {D} Uyumlu {A} {C}', '{M} {D} İçin {A} {X}', '{M} {D} ile Uyumlu {A} {P}'],
	ka => ['{A} {M} {D}-ისთვის {C}', '{M} {D}-ისთვის {A} {X}', '{A} {M} {D}-ისთვის {P}'],
	hy => ['{A} {M} {D}-ի համար {C}', '{M} {D}-ի համար {A} {P}', '{A} {M} {D}-ի համար {X}'],
	en => ['{A} for {M} {D} {C}', '{A} Compatible with {M} {D}', '{C} {A} Fits {M} {D} {X}',
	       '{A} for {M} {D} - {X}'],
	zh => ['适用于{M}{D} {A} {C}', '{A} 适用{M} {D} {X}', '{M}{D}{A} 兼容款 {X}'],
);

my $MK = "\x{E000}";	# mark placeholder during clean-up

sub clean
{
	my ($t) = @_;
	$t =~ s/\(\s*\)//g;
	$t =~ s/[ ]+,/,/g;
	$t =~ s/,(\s*,)+/,/g;
	$t =~ s/(—|-)\s*$//;
	$t =~ s/[ ]{2,}/ /g;
	$t =~ s/^[ ,—-]+//;
	$t =~ s/[ ,]+$//;
	$t =~ s/[ ]+-[ ]*$//;
	$t =~ s/^\s+|\s+$//g;
	return $t;
}

# fill a template; %v values (empty = leave out); returns title with the mark
sub fill
{
	my ($tpl, $form, %v) = @_;
	my $t = $tpl;
	$t =~ s/\{M\}/$MK/g;
	$t =~ s/\{([A-Z])\}/defined $v{$1} ? $v{$1} : ''/ge;
	$t =~ s/$MK//g if $form eq '';
	$t = clean($t);
	return $t if $form eq '';
	# the mark never runs into a neighbouring Latin word or number
	# ("NiveaSun"); next to Han characters it may ("戴森吹风机", "Lego积木")
	$t =~ s/(?<=[^\p{Han}\s])$MK/ $MK/g if $form =~ /^[^\p{Han}]/;
	$t =~ s/$MK(?=[^\p{Han}\s,.)])/$MK /g if $form =~ /[^\p{Han}]$/;
	$t =~ s/$MK/$form/g;
	return $t;
}

# pick n cue expressions (none overlapping) for a language
sub cues_for
{
	my ($lang, $n) = @_;
	my @c;
	my $tries = 0;
	while (@c < $n && $tries++ < 50)
	{
		my $x = ($lang ne 'en' && chance(0.15)) ? pick(@{$CUE{en}}) : pick(@{$CUE{$lang}});
		next if grep { index(lc $_, lc $x) >= 0 || index(lc $x, lc $_) >= 0 } @c;
		push @c, $x;
	}
	return @c;
}

# ---------------------------------------------------------------------
# Disguises
# ---------------------------------------------------------------------
my %HG = (
	cyr => { a => 'а', c => 'с', e => 'е', o => 'о', p => 'р', x => 'х', y => 'у', i => 'і',
		 j => 'ј', s => 'ѕ', h => 'һ', d => 'ԁ', A => 'А', B => 'В', C => 'С', E => 'Е',
		 H => 'Н', I => 'І', J => 'Ј', K => 'К', M => 'М', O => 'О', P => 'Р', S => 'Ѕ',
		 T => 'Т', X => 'Х', Y => 'У' },
	kaz => { a => 'а', c => 'с', e => 'е', o => 'о', p => 'р', x => 'х', y => 'ү', i => 'і',
		 h => 'һ', A => 'А', B => 'В', C => 'С', E => 'Е', H => 'Н', I => 'І', K => 'К',
		 M => 'М', O => 'О', P => 'Р', T => 'Т', X => 'Х', Y => 'Ү' },
	grk => { o => 'ο', a => 'α', i => 'ι', v => 'ν', u => 'υ', k => 'κ', p => 'ρ',
		 A => 'Α', B => 'Β', E => 'Ε', Z => 'Ζ', H => 'Η', I => 'Ι', K => 'Κ', M => 'Μ',
		 N => 'Ν', O => 'Ο', P => 'Ρ', T => 'Τ', X => 'Χ', Y => 'Υ' },
	arm => { o => 'օ', u => 'ս', n => 'ո', h => 'հ', q => 'զ', g => 'ց', O => 'Օ', U => 'Ս' },
	dig => { o => '0', O => '0', i => '1', I => '1', l => '1', e => '3', E => '3', a => '4',
		 A => '4', s => '5', S => '5', g => '9', B => '8' },
);

sub case_style
{
	my ($form, $lang, $pu, $pl) = @_;
	my $r = rint(1000) / 1000;
	if ($r < $pu)
	{
		if ($lang eq 'tr' && chance(0.5))
		{
			(my $u = $form) =~ s/i/İ/g;
			return uc $u;
		}
		return uc $form;
	}
	return lc $form if $r < $pu + $pl;
	return $form;
}

sub homoglyph
{
	my ($mk, $lang) = @_;
	my $base = case_style($mk->{m}, 'xx', 0.2, 0.05);
	my $script = $lang eq 'ru' ? wpick([70, 'cyr'], [20, 'dig'], [5, 'grk'], [5, 'full'])
		: $lang eq 'kk' ? wpick([45, 'kaz'], [30, 'cyr'], [20, 'dig'], [5, 'full'])
		: ($lang eq 'az' || $lang eq 'tr') ? wpick([40, 'cyr'], [30, 'dig'], [15, 'grk'], [10, 'full'], [5, 'math'])
		: $lang eq 'en' ? wpick([35, 'cyr'], [25, 'grk'], [20, 'dig'], [10, 'full'], [10, 'math'])
		: $lang eq 'ka' ? wpick([40, 'cyr'], [30, 'grk'], [30, 'dig'])
		: $lang eq 'hy' ? wpick([60, 'arm'], [20, 'cyr'], [20, 'dig'])
		: wpick([60, 'full'], [20, 'cyr'], [20, 'dig']);
	if ($script eq 'full')
	{
		return join '', map { my $o = ord $_; ($o > 0x20 && $o < 0x7F) ? chr($o + 0xFEE0) : $_ } split //, $base;
	}
	if ($script eq 'math')
	{
		return join '', map { /[A-Z]/ ? chr(0x1D400 + ord($_) - 65) : /[a-z]/ ? chr(0x1D41A + ord($_) - 97) : $_ } split //, $base;
	}
	my $map = $HG{$script};
	my @ch = split //, $base;
	my @pos = grep { exists $map->{$ch[$_]} } 0 .. $#ch;
	return undef unless @pos;
	my $n = wpick([60, 1], [30, 2], [10, 3]);
	$n = @pos if $n > @pos;
	my %done;
	while (keys %done < $n)
	{
		my $p = pick(@pos);
		next if $done{$p}++;
		my $r = $map->{$ch[$p]};
		$r = '@' if $script eq 'dig' && $ch[$p] eq 'a' && chance(0.3);
		$r = '$' if $script eq 'dig' && $ch[$p] eq 'S' && chance(0.4);
		$ch[$p] = $r;
	}
	return join '', @ch;
}

my @INVIS = ("\x{200B}", "\x{00AD}", "\x{2060}", "\x{200C}");

sub spacing
{
	my ($mk) = @_;
	my $m = $mk->{m};
	my @parts = @{$mk->{split}};
	my $kind = wpick([20, 'letters'], [45, 'split'], [12, 'dotted'], [12, 'invis'], [6, 'nbsp'], [5, 'punct']);
	my $f;
	if ($m =~ /[ '\-]/ && chance(0.5))
	{
		# marks with a space, hyphen or apostrophe: change or drop it
		my ($a, $b) = @parts;
		if ($m eq 'Levi\'s')
		{
			$f = pick('Levis', 'Levi s', 'Levi`s', "Levi\x{2019}s", "Levi\x{00B4}s", 'LEVIS', 'Levi"s');
		}
		else
		{
			$f = $a . pick('', ' ', '.', '_', '-', ' - ', '/') . $b;
		}
	}
	elsif ($kind eq 'letters')
	{
		(my $x = $m) =~ s/['\-]//g;
		my @w = split / /, $x;
		$f = join '   ', map { join ' ', split //, $_ } @w;
	}
	elsif ($kind eq 'dotted')
	{
		(my $x = $m) =~ s/[ '\-]//g;
		my $sep = pick('.', '.', '-', '*', '•', '·');
		$f = join $sep, split //, uc $x;
	}
	elsif ($kind eq 'invis')
	{
		my $z = pick(@INVIS);
		$f = join $z, @parts;
		$f =~ s/[ ]//g if $m =~ / /;
	}
	elsif ($kind eq 'nbsp')
	{
		$f = join pick("\x{00A0}", "\x{2009}", "\x{202F}"), @parts;
	}
	elsif ($kind eq 'punct')
	{
		$f = join pick('_', '/', '|', '+'), @parts;
	}
	else
	{
		my $sep = wpick([45, ' '], [20, '-'], [12, '.'], [10, '_'], [5, ' - '], [4, '·'], [4, '*']);
		$f = join $sep, @parts;
	}
	$f = case_style($f, 'xx', 0.3, 0.1) unless $kind eq 'dotted';
	return undef if lc($f) eq lc($m);
	return $f;
}

sub translit
{
	my ($mk, $lang) = @_;
	if ($lang eq 'zh')
	{
		return undef unless @{$mk->{zh}};
		return pick(@{$mk->{zh}});
	}
	my $l = $lang eq 'en' ? 'el' : $lang;
	my $list = $mk->{tl}{$l};
	return undef unless $list && @$list;
	my $f = pick(@$list);
	$f = uc $f if ($lang eq 'ru' || $lang eq 'kk') && chance(0.12);
	return $f;
}

# QWERTY neighbours
my %KB = (
	q => 'wa', w => 'qes', e => 'wrd', r => 'etf', t => 'ryg', y => 'tuh', u => 'yij',
	i => 'uok', o => 'ipl', p => 'ol', a => 'qsz', s => 'adwx', d => 'sfec', f => 'dgrv',
	g => 'fhtb', h => 'gjyn', j => 'hkum', k => 'jli', l => 'kop', z => 'asx', x => 'zsc',
	c => 'xdv', v => 'cfb', b => 'vgn', n => 'bhm', m => 'nj',
);
my %VSWAP = (a => 'e', e => 'a', o => 'u', u => 'o', i => 'y', y => 'i', s => 'z', c => 'k', k => 'c');

# ordinary words and other near-words a typo must never produce
my %TYPO_BAN = map { $_ => 1 } qw(
	rose hose nose dose pose lose bone base boss bosse bore bode bise bote bosh bosch bse
	nice bike like mike nine nile nuke hike pike dike nick nika niko nikon nie
	logo lega leg legs leo ego lag pump pima puna pula pumba puma sonny sonya sonia song
	sons soy son sny tony pony bony sone sonic samsun samson tyson bison mason jason dixon
	lewis levi levin levis relax casino cassia channel chapel brown brain brawn bran bravo
	phillips philip apply ample apples applet phone iphones airport airpot hawaii renova
	lenox niva nivel bison rolex appel kike uma ike pua nik roles caso lago leto puja
	buse bosa caio pple hilips suny
);

sub letters
{
	my ($s) = @_;
	(my $x = lc $s) =~ s/[^a-z]//g;
	return $x;
}

# optimal string alignment distance
sub osa
{
	my ($a, $b) = @_;
	my @a = split //, $a;
	my @b = split //, $b;
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

sub typo
{
	my ($mk) = @_;
	my $m = $mk->{m};
	my @ch = split //, $m;
	my @lp = grep { $ch[$_] =~ /[A-Za-z]/ } 0 .. $#ch;
	my $op = wpick([18, 'ins'], [18, 'del'], [16, 'sub'], [16, 'swap'], [16, 'dbl'], [16, 'kb']);
	$op = 'sub' if $op eq 'del' && @lp < 4;
	my $p = pick(@lp);
	my $c = $ch[$p];
	my $lc = lc $c;
	my $up = $c ne $lc;
	my @n = @ch;
	if ($op eq 'ins')
	{
		my $nb = $KB{$lc} // 'e';
		my $x = chance(0.6) ? substr($nb, rint(length $nb), 1) : chr(97 + rint(26));
		splice @n, $p + 1, 0, $x;
	}
	elsif ($op eq 'del')
	{
		splice @n, $p, 1;
	}
	elsif ($op eq 'sub')
	{
		my $x = (exists $VSWAP{$lc} && chance(0.6)) ? $VSWAP{$lc} : chr(97 + rint(26));
		return undef if $x eq $lc;
		$n[$p] = $up ? uc $x : $x;
	}
	elsif ($op eq 'kb')
	{
		my $nb = $KB{$lc} or return undef;
		my $x = substr($nb, rint(length $nb), 1);
		$n[$p] = $up ? uc $x : $x;
	}
	elsif ($op eq 'swap')
	{
		return undef if $p + 1 > $#n || $n[$p + 1] !~ /[A-Za-z]/;
		return undef if lc $n[$p] eq lc $n[$p + 1];
		@n[$p, $p + 1] = @n[$p + 1, $p];
		# a swapped capital initial stays the initial (Sony -> Osny)
		if ($p == 0 && $ch[0] =~ /[A-Z]/)
		{
			($n[0], $n[1]) = (uc $n[0], lc $n[1]);
		}
		# keep the mark's capital in first place (AirPods -> AriPods, not ArIPods)
		if ($n[$p] =~ /[a-z]/ && $n[$p + 1] =~ /[A-Z]/ && $p > 0)
		{
			($n[$p], $n[$p + 1]) = (uc $n[$p], lc $n[$p + 1]);
		}
	}
	else
	{
		splice @n, $p, 0, $c;
	}
	# sellers' slips rarely touch the first letter: mostly keep it
	return undef if $p == 0 && $op =~ /^(del|sub|kb)$/ && chance(0.7);
	return undef if $p == 0 && $op eq 'swap' && chance(0.5);
	my $f = join '', @n;
	my $l = letters($f);
	return undef if osa($l, letters($m)) != 1;
	return undef if length($l) < 4 && length(letters($m)) >= 4;
	return undef if $TYPO_BAN{$l};
	for my $o (@MARKS)
	{
		next if $o->{m} eq $m;
		return undef if osa($l, letters($o->{m})) <= 1;
	}
	return case_style($f, 'xx', 0.15, 0.1);
}

# ---------------------------------------------------------------------
# GTINs
# ---------------------------------------------------------------------
my @HOLDER_PREFIXES = map { @{$_->{gp}} } @MARKS;
my @OTHER_PREFIXES = qw(690 691 692 693 694 695 697 460 461 462 463 464 465 466 467 468 469
	487 476 486 485 868 869 880 489 471 400 401 403 404 800 500 501 300 301 380 590 594 599 560 540 690);

sub gtin_from
{
	my ($prefix) = @_;
	my $d = $prefix;
	$d .= rint(10) while length($d) < 12;
	my $sum = 0;
	for my $i (0 .. 11)
	{
		$sum += substr($d, $i, 1) * (($i % 2) ? 3 : 1);
	}
	return $d . ((10 - $sum % 10) % 10);
}

sub gtin_other
{
	for (1 .. 100)
	{
		my $g = gtin_from(pick(@OTHER_PREFIXES));
		next if grep { index($g, $_) == 0 } @HOLDER_PREFIXES;
		return $g;
	}
	die "no GTIN";
}

sub gtin_for
{
	my ($mk) = @_;
	return '' unless chance(0.45);
	return gtin_from(pick(@{$mk->{gp}})) if chance(0.5);
	return gtin_other();
}

sub seller
{
	my ($lang) = @_;
	return '' if chance(0.3);
	return pick(@{$SELLER{$lang}}) if chance(0.8);
	return pick('shop_', 'store', 'seller', 'magazin_') . (100 + rint(9000));
}

sub jur
{
	my ($lang) = @_;
	return '' if chance(0.12);
	return wpick(@{$JUR{$lang}});
}

# ---------------------------------------------------------------------
# Validation against the marks (no second mark; disguised kinds do not
# contain the registered spelling)
# ---------------------------------------------------------------------
sub fold
{
	my ($s) = @_;
	$s =~ s/İ/i/g;
	$s =~ s/I\x{0307}/i/g;
	return lc $s;
}

# marks whose registered spelling or Chinese name occurs in the text
sub marks_in
{
	my ($t) = @_;
	my $f = fold($t);
	my @r;
	for my $mk (@MARKS)
	{
		my $hit = index($f, lc $mk->{m}) >= 0;
		$hit ||= grep { index($t, $_) >= 0 } @{$mk->{zh}};
		push @r, $mk->{m} if $hit;
	}
	return @r;
}

# near forms of other marks that must not appear in a positive title
my @OTHER_FORMS;
for my $mk (@MARKS)
{
	for my $l (sort keys %{$mk->{tl}})
	{
		push @OTHER_FORMS, [$mk->{m}, $_] for @{$mk->{tl}{$l}};
	}
}

sub positive_ok
{
	my ($t, $mk, $kind) = @_;
	my @in = marks_in($t);
	for my $x (@in)
	{
		next if $x eq $mk->{m};
		return 0;	# a second mark
	}
	my $has_exact = index(fold($t), lc $mk->{m}) >= 0;
	my $has_alias = grep { index($t, $_) >= 0 } @{$mk->{zh}};
	return 0 if $kind eq 'exact' && !$has_exact;
	return 0 if $kind ne 'exact' && $kind ne 'referential' && $has_exact;
	return 0 if $kind ne 'transliteration' && $kind ne 'referential' && $has_alias;
	# another mark's transliteration as a word
	for my $of (@OTHER_FORMS)
	{
		next if $of->[0] eq $mk->{m};
		my $w = $of->[1];
		return 0 if length($w) >= 3 && $t =~ /(?<!\w)\Q$w\E(?!\w)/i;
	}
	return 1;
}

# ---------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------
my @ROWS;

sub emit
{
	my (%r) = @_;
	for my $k (qw(listing seller))
	{
		die "bad char in $k: $r{$k}" if $r{$k} =~ /[\t\n\r\\]/;
	}
	push @ROWS, \%r;
}

my %POS_LANG_W = (ru => 28, kk => 10, az => 10, tr => 15, ka => 7, hy => 5, en => 13, zh => 12);

sub pick_lang
{
	my (%w) = @_;
	return wpick(map { [$w{$_}, $_] } grep { $w{$_} } @LANGS);
}

sub gen_positive
{
	my ($kind) = @_;
	for my $try (1 .. 500)
	{
		my %w = %POS_LANG_W;
		%w = (ru => 26, kk => 9, az => 8, tr => 9, ka => 9, hy => 7, en => 7, zh => 16) if $kind eq 'transliteration';
		my $lang = pick_lang(%w);
		my $mk = pick(@MARKS);
		my $form;
		if ($kind eq 'exact')
		{
			$form = case_style($mk->{m}, $lang, $lang eq 'tr' ? 0.3 : 0.15, 0.08);
		}
		elsif ($kind eq 'spacing') { $form = spacing($mk); }
		elsif ($kind eq 'homoglyph') { $form = homoglyph($mk, $lang); }
		elsif ($kind eq 'transliteration') { $form = translit($mk, $lang); }
		elsif ($kind eq 'typo') { $form = typo($mk); }
		next unless defined $form;

		my $pr = pick(@{$mk->{prod}});
		my ($cat, @models) = @$pr;
		my $model = pick(@models);
		my $ncues = 0;
		my $pc = $kind eq 'exact' ? 0.45 : 0.6;
		$ncues = chance(0.8) ? 1 : 2 if chance($pc);
		my @cues = cues_for($lang, $ncues);
		my $cuestr = join(' ', @cues);
		$cuestr = "($cuestr)" if @cues && chance(0.15);
		my %v = (
			N => noun(\%NOUN, $cat, $lang),
			D => $model,
			C => chance(0.5) ? pick(@{$COL{$lang}}) : '',
			S => ($CATSZ{$cat} && chance(0.6)) ? size_str($CATSZ{$cat}, $lang) : '',
			X => chance(0.5) ? pick(@{$EXTRA{$lang}}) : '',
			P => chance(0.3) ? price($lang) : '',
			E => chance(0.3) ? pick(@EMO) : '',
			Q => $cuestr,
		);
		$v{S} = size_str($CATSZ{$cat}, $lang) if $CATSZ{$cat} && $CATSZ{$cat} eq 'vol' && !$v{S} && chance(0.7);
		$v{N} = '' if chance(0.1);
		my $t = fill(pick(@{$TPL{$lang}}), $form, %v);
		next unless positive_ok($t, $mk, $kind);
		next if @cues && grep { index(lc $t, lc $_) < 0 } @cues;
		my $cl = $CATCL{$cat};
		my $nc = (defined $cl && (grep { $_ == $cl } @{$mk->{cl}}) && chance(0.5)) ? $cl : '';
		emit(listing => $t, seller => seller($lang), gtin => gtin_for($mk), jurisdiction => jur($lang),
		     nice_class => $nc, expected_mark => $mk->{m}, kind => $kind, referential => 0,
		     cues => join(',', map { lc } @cues), lang => $lang);
		return;
	}
	die "could not make a $kind listing";
}

sub gen_referential
{
	my @withacc = grep { @{$_->{acc}} } @MARKS;
	for my $try (1 .. 500)
	{
		my $lang = pick_lang(ru => 30, kk => 8, az => 9, tr => 15, ka => 6, hy => 5, en => 17, zh => 10);
		my $mk = pick(@withacc);
		my ($acc, $acl, @models) = @{pick(@{$mk->{acc}})};
		my $form = $mk->{m};
		if (chance(0.15))
		{
			my $tf = translit($mk, $lang);
			$form = $tf if defined $tf && $lang ne 'en';
		}
		my %v = (
			A => noun(\%ACC, $acc, $lang),
			D => pick(@models),
			C => chance(0.4) ? pick(@{$COL{$lang}}) : '',
			X => chance(0.5) ? pick(@{$EXTRA{$lang}}) : '',
			P => chance(0.3) ? price($lang) : '',
			E => chance(0.25) ? pick(@EMO) : '',
		);
		my $t = fill(pick(@{$RTPL{$lang}}), $form, %v);
		next unless positive_ok($t, $mk, 'referential');
		my $nc = (defined $acl && (grep { $_ == $acl } @{$mk->{cl}}) && chance(0.5)) ? $acl : '';
		emit(listing => $t, seller => seller($lang), gtin => chance(0.35) ? gtin_other() : '',
		     jurisdiction => jur($lang), nice_class => $nc, expected_mark => $mk->{m},
		     kind => 'referential', referential => 1, cues => '', lang => $lang);
		return;
	}
	die "could not make a referential listing";
}

# ---------------------------------------------------------------------
# Negatives
# ---------------------------------------------------------------------

# ordinary words near marks, and words that are a mark only outside its
# classes: [lang, class, must_have_class, title]
my @NEAR = (
	# English
	['en', 28, 0, 'Mike Tyson Boxing Gloves 12oz {C}'],
	['en', 16, 0, 'Mike Tyson Poster 50x70 Wall Art'],
	['en', 29, 0, 'Tyson Crispy Chicken Strips 700g'],
	['en', 8, 0, 'Bison Hunting Knife Stainless Steel {X}'],
	['en', 18, 0, 'Bison Leather Wallet Handmade {C}'],
	['en', 16, 0, 'Dixon Ticonderoga Pencils HB 24 Pack'],
	['en', 14, 0, 'Nixon Time Teller Watch {C}'],
	['en', 20, 0, 'Travel Neck Pillow for Airport and Plane {C}'],
	['en', 21, 0, 'Airpot Coffee Dispenser 2.5L Stainless Steel'],
	['en', 18, 0, 'Samsonite Carry-On Spinner Suitcase 55cm {C}'],
	['en', 7, 0, 'Bosch Cordless Vacuum Cleaner Unlimited 7 {C}'],
	['en', 28, 0, 'Sonic the Hedgehog Plush Toy 30cm'],
	['en', 28, 0, 'Sonny Angel Mini Figure Blind Box Animal Series'],
	['en', 9, 0, 'Sonos Era 100 Smart Speaker {C}'],
	['en', 9, 0, 'Nikon Z50 Mirrorless Camera Kit 16-50mm {X}'],
	['en', 9, 0, 'Smart Watch for Women Rose Gold {X}'],
	['en', 14, 0, 'Rose Gold Bracelet Stainless Steel {X}'],
	['en', 17, 0, 'Garden Hose 30m Expandable {C}'],
	['en', 12, 0, 'Kids Bike 16 inch with Training Wheels {C}'],
	['en', undef, 0, 'Nice Gift Box Set for Her {C}'],
	['en', 28, 0, 'Casino Poker Chips Set 300 pcs'],
	['en', 9, 0, '4 Channel Relay Module 5V'],
	['en', 9, 0, '8 Channel DVR CCTV Recorder 1080P'],
	['en', 7, 0, 'Submersible Water Pump 750W {X}'],
	['en', 25, 0, 'Pima Cotton T-Shirt Men {C} {S}'],
	['en', 28, 0, 'Levi Ackerman Figure Attack on Titan 15cm'],
	['en', 16, 0, 'Lewis Hamilton Poster F1 A3'],
	['en', 25, 0, 'Custom Logo T-Shirt Printing {C} {S}'],
	['en', 20, 0, 'Relax Recliner Chair with Footrest {C}'],
	['en', 25, 0, 'Hawaiian Shirt Men Short Sleeve {C} {S}'],
	['en', 8, 0, 'Phillips Screwdriver PH2 Magnetic'],
	['en', 3, 0, 'Hugo Boss Bottled Eau de Toilette 100ml'],
	['en', 9, 0, 'Samson Q2U Dynamic USB Microphone'],
	['en', 21, 0, 'Mason Jar 500ml with Lid Set of 6'],
	['en', 31, 0, 'Daikon Radish Seeds 5g'],
	['en', 30, 0, 'Chocolate Brownie Mix 500g'],
	['en', 25, 0, 'Philipp Plein Hoodie {C} {S}'],
	['en', 21, 0, 'Lenox Dinnerware Set 12 pcs'],
	['en', 16, 0, 'Renova Toilet Paper Red 6 Rolls'],
	['en', 15, 0, 'BOSS DS-1 Distortion Guitar Pedal'],
	['en', undef, 0, 'JBC Soldering Station CD-2BQE'],
	['en', 9, 0, 'Sonoff Mini R2 Smart Switch WiFi'],
	['en', 25, 0, 'Brown Leather Jacket Men {S}'],
	['en', 24, 0, 'Rayon Fabric by the Meter Floral'],
	['en', 31, 1, 'Fresh Fuji Apples 1 kg'],
	['en', 31, 1, 'Green Apple Granny Smith 2kg Box'],
	['en', 32, 1, 'Apple Juice 100% 1L'],
	['en', 3, 1, 'Green Apple Shampoo 400ml'],
	['en', 4, 1, 'Apple Cinnamon Scented Candle {C}'],
	['en', 30, 1, 'Apple Cider Vinegar 500ml'],
	['en', 31, 1, 'Apple Tree Seedling Golden Delicious'],
	['en', 16, 1, 'Big Apple New York Poster 40x60'],
	['en', 16, 1, 'Bose-Einstein Condensation Physics Textbook'],
	['en', 16, 1, 'Freeman Dyson Disturbing the Universe Book'],
	['en', 16, 1, 'Wernher von Braun Biography Book'],
	['en', 16, 1, 'House of Gucci Movie Poster A2'],
	['en', 16, 1, 'Wild Cats Encyclopedia: Puma, Lynx and Leopard'],
	# Russian
	['ru', 28, 0, 'Перчатки боксерские Тайсон 12 oz {C}'],
	['ru', 16, 0, 'Постер Майк Тайсон 50х70'],
	['ru', 8, 0, 'Нож охотничий Бизон {X}'],
	['ru', 28, 0, 'Мягкая игрушка Бизон 40 см {C}'],
	['ru', 16, 0, 'Карандаши Диксон чернографитные 12 шт'],
	['ru', 20, 0, 'Подушка для путешествий в самолет и аэропорт {C}'],
	['ru', 18, 0, 'Чемодан Samsonite 55 см на колесах {C}'],
	['ru', 18, 0, 'Чемодан Самсонайт ручная кладь {C}'],
	['ru', 7, 0, 'Пылесос Bosch BBH3 беспроводной {C}'],
	['ru', 28, 0, 'Мягкая игрушка Соник 30 см'],
	['ru', 28, 0, 'Кукла Соня 35 см в платье {C}'],
	['ru', 12, 0, 'Чехлы на сиденья Нива 4х4 экокожа'],
	['ru', 12, 0, 'Коврики в салон Нива Легенд'],
	['ru', 30, 0, 'Брауни шоколадный 6 шт'],
	['ru', 31, 0, 'Семена редьки Дайкон Минова 2 г'],
	['ru', 28, 0, 'Мягкая игрушка Пумба 30 см'],
	['ru', 16, 1, 'Энциклопедия Дикие кошки: пума, рысь, леопард'],
	['ru', 28, 0, 'Набор для покера Казино 300 фишек'],
	['ru', 21, 0, 'Ролик массажный для лица кварц {C}'],
	['ru', 25, 0, 'Шинель военная образца 1943 года {S}'],
	['ru', 16, 0, 'Гоголь Шинель книга'],
	['ru', 16, 1, 'Дэн Браун Код да Винчи книга'],
	['ru', 16, 1, 'Коко Шанель. Жизнь, рассказанная ею самой'],
	['ru', 9, 0, 'Фотоаппарат Nikon D3500 Kit 18-55'],
	['ru', 8, 0, 'Отвертка крестовая Phillips PH2 магнитная'],
	['ru', 3, 0, 'Туалетная вода Hugo Boss Bottled 100 мл'],
	['ru', 20, 0, 'Кресло-качалка Релакс {C}'],
	['ru', 16, 0, 'Сонник большой толкователь снов'],
	['ru', 9, 0, 'Смарт-часы женские rose gold {X}'],
	['ru', 25, 0, 'Рубашка гавайская мужская {C} {S}'],
	['ru', 14, 0, 'Часы Nixon Sentry {C}'],
	['ru', 28, 0, 'Фигурка Леви Аккерман Атака титанов'],
	['ru', 9, 0, 'Микрофон Samson Q2U USB'],
	['ru', 3, 1, 'Шампунь Green Apple 500 мл'],
	['ru', 31, 1, 'Яблоки Apple Fuji 1 кг'],
	# Kazakh
	['kk', 31, 0, 'Алма Апорт 1 кг жаңа өнім'],
	['kk', undef, 0, 'Неке тойына арналған безендіру жиынтығы'],
	['kk', 30, 0, 'Брауни шоколадты торт 6 дана'],
	['kk', 28, 0, 'Бокс қолғабы Тайсон 12 oz'],
	['kk', 12, 0, 'Нива көлігіне арналған орындық қаптары'],
	['kk', 28, 0, 'Соник жұмсақ ойыншық 30 см'],
	['kk', 18, 0, 'Samsonite жол сөмкесі 55 см {C}'],
	['kk', 7, 0, 'Bosch сымсыз шаңсорғыш {C}'],
	['kk', 16, 1, 'Пума туралы балаларға арналған энциклопедия'],
	['kk', 31, 1, 'Apple Fuji алмасы 1 кг'],
	# Azerbaijani
	['az', 31, 0, 'Quba alması 1 kq təzə'],
	['az', 25, 0, 'Kişi köynəyi boz rəng {S}'],
	['az', 30, 0, 'Nikah şirniyyatı qutu 50 ədəd'],
	['az', 28, 0, 'Tayson boks əlcəkləri 12 oz'],
	['az', 18, 0, 'Samsonite çamadan 55 sm {C}'],
	['az', 7, 0, 'Bosch tozsoran simsiz {C}'],
	['az', 9, 0, 'Nikon D3500 fotoaparat 18-55'],
	['az', 30, 0, 'Brauni şokoladlı 6 ədəd'],
	['az', 28, 0, 'Sonik yumşaq oyuncaq 30 sm'],
	['az', 3, 0, 'Hugo Boss Bottled ətir 100 ml'],
	['az', 8, 0, 'Phillips PH2 maqnitli vintaçan'],
	# Turkish
	['tr', 25, 0, 'Samsunspor Forma 2024 {S}'],
	['tr', 31, 0, 'Samsun Fındığı İç 1 kg'],
	['tr', 30, 0, 'Nikah Şekeri 50 Adet Kutulu'],
	['tr', 25, 0, 'Pima Pamuk Erkek Tişört {C} {S}'],
	['tr', 30, 0, 'Brownie Kek 6 Adet'],
	['tr', 28, 0, 'Sonic Peluş Oyuncak 30 cm'],
	['tr', 18, 0, 'Samsonite Kabin Boy Valiz {C}'],
	['tr', 7, 0, 'Bosch Şarjlı Dikey Süpürge {C}'],
	['tr', 8, 0, 'Phillips Yıldız Tornavida PH2 Mıknatıslı'],
	['tr', 3, 0, 'Hugo Boss Bottled EDT 100 ml Erkek Parfüm'],
	['tr', 25, 0, 'Philipp Plein Erkek Sweatshirt {C} {S}'],
	['tr', 7, 0, 'Dalgıç Su Pompası 750W'],
	['tr', 9, 0, 'Nikon Z50 Fotoğraf Makinesi 16-50mm Kit'],
	['tr', 21, 0, 'Airpot Pompalı Termos 3 Lt'],
	['tr', 31, 1, 'Granny Smith Apple Yeşil Elma 1 kg'],
	# Georgian
	['ka', 30, 1, 'ბრაუნი შოკოლადის 6 ცალი'],
	['ka', 18, 0, 'Samsonite ჩემოდანი 55 სმ {C}'],
	['ka', 7, 0, 'Bosch უსადენო მტვერსასრუტი {C}'],
	['ka', 28, 0, 'სონიკი რბილი სათამაშო 30 სმ'],
	['ka', 9, 0, 'Nikon D3500 ფოტოაპარატი'],
	['ka', 16, 1, 'პუმა - ველური კატების ენციკლოპედია'],
	# Armenian
	['hy', 30, 0, 'Բրաունի շոկոլադե 6 հատ'],
	['hy', 18, 0, 'Samsonite ճամպրուկ 55 սմ {C}'],
	['hy', 7, 0, 'Bosch անլար փոշեկուլ {C}'],
	['hy', 28, 0, 'Սոնիկ փափուկ խաղալիք 30 սմ'],
	# Chinese
	['zh', 30, 1, '山西黄小米 5斤 新米 {X}'],
	['zh', 30, 1, '东北小米 2500g 小米粥 {X}'],
	['zh', 31, 1, '红富士苹果 10斤 新鲜水果 当季 {X}'],
	['zh', 31, 1, '烟台苹果 5斤装 脆甜'],
	['zh', 25, 1, '博士帽 毕业学位帽 学位服'],
	['zh', 16, 1, '联想记忆法 学习方法 书籍'],
	['zh', 28, 1, '索尼克 毛绒玩具 30cm'],
	['zh', 28, 0, '泰森 拳击手套 12oz'],
	['zh', 21, 0, '梅森罐 玻璃密封罐 500ml'],
);

# other real brands, not in marks.tsv: [brand, cat, models...]
my @OTHER = (
	['Bosch', 'vacuum', 'Unlimited 7 BBS711', 'Flexxo BBH3'], ['Bosch', 'washer', 'Serie 4 WAN28'],
	['Tefal', 'airfryer', 'Easy Fry XXL EY801'], ['Redmond', 'airfryer', 'RAG-2415'],
	['Polaris', 'hairdryer', 'PHD 2077i'], ['Vitek', 'hairdryer', 'VT-8230'], ['Scarlett', 'hairdryer', 'SC-HD70I'],
	['LG', 'tv', '55UR78006LK', 'OLED55C3'], ['LG', 'washer', 'F2J3NS0W'], ['Haier', 'fridge', 'C2F637CWMV'],
	['Beko', 'washer', 'WSPE6H616W'], ['Arçelik', 'fridge', '570505 EI'], ['Vestel', 'tv', '50U9500'],
	['Realme', 'phone', 'C67 8/256', '12 Pro+'], ['OPPO', 'phone', 'A79 8/256'], ['vivo', 'phone', 'Y36 8/128'],
	['Tecno', 'phone', 'Spark 20 Pro', 'Camon 30'], ['Infinix', 'phone', 'Hot 40i', 'Note 40'],
	['Honor', 'phone', 'X9b 12/256', 'Magic6 Lite'], ['OnePlus', 'phone', 'Nord CE4'],
	['ASUS', 'laptop', 'TUF Gaming F15', 'VivoBook 15'], ['Acer', 'laptop', 'Aspire 3 A315', 'Nitro V 15'],
	['HP', 'laptop', 'Victus 15', 'Pavilion 15'], ['Dell', 'laptop', 'Inspiron 3520'], ['MSI', 'laptop', 'Thin GF63'],
	['Sennheiser', 'headphones', 'HD 450BT', 'Momentum 4'], ['Marshall', 'speaker', 'Emberton II'],
	['Marshall', 'headphones', 'Major IV'], ['Anker', 'speaker', 'Soundcore Motion 300'],
	['Edifier', 'earbuds', 'W240TN'], ['Haylou', 'earbuds', 'X1 Neo'], ['Amazfit', 'smartwatch', 'GTR 4', 'Bip 5'],
	['Garmin', 'smartwatch', 'Forerunner 265'], ['Reebok', 'sneakers', 'Club C 85', 'Classic Leather'],
	['New Balance', 'sneakers', '574', '530', '9060'], ['ASICS', 'sneakers', 'Gel-Kayano 14', 'Gel-1130'],
	['Skechers', 'sneakers', 'Go Walk 6'], ['FILA', 'sneakers', 'Disruptor II'], ['Lacoste', 'tshirt', 'L.12.12'],
	['Zara', 'jacket', 'Oversize'], ['Mango', 'bag', 'Shopper'], ['LC Waikiki', 'hoodie', 'Basic'],
	['Koton', 'tshirt', 'Oversize'], ['DeFacto', 'jeans', 'Slim Fit'], ['Mavi', 'jeans', 'Jake Skinny'],
	["Colin's", 'jeans', 'Karl 044'], ['Prada', 'bag', 'Re-Edition 2005'], ['Hermès', 'bag', 'Birkin 30'],
	['Dior', 'perfume', 'Sauvage'], ['Versace', 'perfume', 'Eros'], ['Giorgio Armani', 'perfume', 'Acqua di Gio'],
	['Michael Kors', 'bag', 'Jet Set Travel'], ['Tommy Hilfiger', 'tshirt', 'Essential'],
	['Calvin Klein', 'tshirt', 'Monogram'], ['Swatch', 'watch', 'Big Bold'], ['Tissot', 'watch', 'PRX 40 205'],
	['Seiko', 'watch', '5 Sports SRPD'], ['Citizen', 'watch', 'Eco-Drive BM7108'], ['Orient', 'watch', 'Bambino V2'],
	['Fossil', 'watch', 'Grant FS4736'], ['Garnier', 'cream', 'Skin Naturals'], ["L'Oréal Paris", 'cream', 'Revitalift'],
	['Dove', 'lotion', 'Nourishing Body Care'], ['Vichy', 'cream', 'Mineral 89'], ['La Roche-Posay', 'cream', 'Effaclar Duo+'],
	['CeraVe', 'cream', 'Moisturising Cream'], ['Cobi', 'blocks', 'Tank 2533'], ['Sluban', 'blocks', 'M38-B0713'],
	['Mould King', 'blocks', '13112'], ['Playmobil', 'blocks', 'City Life 71601'], ['Oakley', 'sunglasses', 'Holbrook OO9102'],
	['Persol', 'sunglasses', 'PO3019S'], ['Polaroid', 'sunglasses', 'PLD 2137'], ['Wrangler', 'jeans', 'Texas'],
	['Lee', 'jeans', 'Rider'], ['Diesel', 'jeans', '1979 Sleenker'], ['Karcher', 'vacuum', 'WD 3'],
	['Midea', 'airfryer', 'MF-CN40C2'], ['Roborock', 'robovac', 'Q7 Max'], ['Dreame', 'vacuum', 'V12'],
	['Dreame', 'robovac', 'L10s Ultra'], ['Ecovacs', 'robovac', 'Deebot T20 Omni'], ['Rowenta', 'vacuum', 'X-Force Flex 8.60'],
	['Remington', 'hairdryer', 'Keratin Protect AC8820'], ['BaByliss', 'styler', 'Big Hair Dual'],
	['Panasonic', 'shaver', 'ES-LV67'], ['Xbox', 'console', 'Series X 1TB'], ['Nintendo', 'console', 'Switch OLED'],
	['Canon', 'camera', 'EOS R50'], ['Fujifilm', 'camera', 'X-T30 II'], ['GoPro', 'camera', 'HERO12'],
	['Logitech', 'gamepad', 'F710'], ['Yamaha', 'synth', 'PSR-E373'], ['Rowenta', 'iron', 'DW5080'],
);
my @OTHER_ZH = (
	['美的', 'airfryer'], ['海尔', 'fridge'], ['格力', 'purifier'], ['漫步者', 'earbuds'], ['倍思', 'earbuds'],
	['绿联', 'earbuds'], ['安踏', 'sneakers'], ['李宁', 'sneakers'], ['特步', 'sneakers'], ['回力', 'sneakers'],
	['完美日记', 'lipstick'], ['花西子', 'lipstick'], ['天梭', 'watch'], ['浪琴', 'watch'], ['追觅', 'vacuum'],
	['石头', 'robovac'], ['科沃斯', 'robovac'], ['荣耀', 'phone'], ['一加', 'phone'], ['魅族', 'phone'],
	['罗西尼', 'watch'], ['飞亚达', 'watch'], ['九阳', 'airfryer'], ['苏泊尔', 'airfryer'], ['波司登', 'jacket'],
);

# brand-less model strings per category
my %GENMOD = (
	phone => ['6.7" 8/256GB Dual SIM', '4/64GB', '12/512GB 5G', '6/128GB'],
	earbuds => ['TWS Bluetooth 5.3', 'ANC ENC', 'M10 TWS', 'Pro 6 TWS', 'i12 TWS'],
	headphones => ['Bluetooth 5.0 40h', 'P9 Max', 'ANC 60h'],
	speaker => ['20W IPX7', 'TG113', 'Bluetooth 5.0 RGB', '40W TWS'],
	smartwatch => ['T800 Ultra', 'HW22', 'Series 8 49mm', 'X8 Pro', 'GT4 Pro'],
	fitband => ['M8', 'M7 AMOLED'],
	laptop => ['15.6" Intel N100 16/512', '14" Ryzen 5 8/512'],
	tablet => ['10.1" 4/64GB', '11" 8/256GB Android 14'],
	tv => ['43" Smart TV 4K', '55" UHD Android TV'],
	camera => ['4K 48MP Vlog', 'Kit 18-55'],
	console => ['Game Stick 4K 64GB', 'M8 Retro 10000 игр'],
	gamepad => ['Bluetooth', 'для ПК USB'],
	gadget => ['USB-C хаб 7в1'],
	vacuum => ['2in1 25000Pa', '600W циклонный', 'ручной 120W'],
	robovac => ['LDS 4000Pa', 'с влажной уборкой'],
	hairdryer => ['2000W ionic', '1600W', 'Super Hair Dryer 110000 rpm'],
	styler => ['5in1', '7в1 автозавивка'],
	shaver => ['IPX7 3 головки', 'USB-C'],
	epilator => ['IPL 999999', '4в1'],
	trimmer => ['T9 USB', 'IPX6'],
	toothbrush => ['Sonic 5 режимов', 'IPX7'],
	airfryer => ['5.5L 1700W', '8L 2400W'],
	coffee => ['15 бар', '1.2L'],
	iron => ['2400W', 'отпариватель ручной'],
	washer => ['7 кг 1200 об/мин', '6 кг'],
	fridge => ['No Frost 185 см', '2-камерный'],
	purifier => ['HEPA H13', 'ионизатор'],
	sneakers => ['унисекс', 'мужские', 'женские', 'Running'],
	tshirt => ['oversize', 'хлопок 100%', 'basic'],
	hoodie => ['oversize', 'флис'],
	tracksuit => ['3 предмета', 'хлопок'],
	jeans => ['mom fit', 'slim fit', 'straight'],
	jacket => ['oversize', 'утепленная'],
	slides => ['EVA'],
	bag => ['экокожа', 'кросс-боди', 'шоппер'],
	backpack => ['городской 25L', 'школьный'],
	wallet => ['натуральная кожа', 'RFID'],
	belt => ['натуральная кожа'],
	perfume => ['EDP', 'EDT', 'масляные духи'],
	cream => ['SPF 30', 'увлажняющий', 'с гиалуроновой кислотой'],
	lotion => ['с маслом ши'],
	deodorant => ['спрей 150 мл'],
	lipstick => ['матовая', 'стойкая'],
	watch => ['кварцевые', 'механические', 'Quartz'],
	calculator => ['240 функций', '417 функций'],
	synth => ['61 клавиша', '88 клавиш'],
	blocks => ['1500 деталей', '3в1 Техника', 'Город 600 деталей'],
	sunglasses => ['поляризационные UV400', 'UV400'],
	ball => ['размер 5'],
);

my %DESC = (
	ru => ['новинка 2024', 'хит продаж', 'в подарок', 'высокое качество', 'премиум', 'с гарантией', 'в наличии', 'оптом и в розницу', 'бесплатная доставка'],
	kk => ['жаңа', 'сапасы жоғары', 'сыйлыққа', 'кепілдікпен', 'қолда бар', 'тегін жеткізу'],
	az => ['yeni', 'keyfiyyətli', 'hədiyyəlik', 'zəmanətli', 'çatdırılma pulsuz', 'endirimdə'],
	tr => ['Yeni Sezon', 'Kaliteli', 'Hediyelik', 'Garantili', 'Ücretsiz Kargo', 'Kampanyalı', 'Unisex'],
	ka => ['ახალი', 'ხარისხიანი', 'საჩუქრად', 'გარანტიით', 'უფასო მიწოდება'],
	hy => ['նոր', 'որակյալ', 'նվեր', 'երաշխիքով', 'անվճար առաքում'],
	en => ['New', 'High Quality', 'Gift Idea', 'Best Seller', 'Free Shipping', 'Premium', '2024 Model'],
	zh => ['新款', '高品质', '热卖', '包邮', '现货', '礼物'],
);

my %NEG_LANG_W = (ru => 28, kk => 10, az => 10, tr => 15, ka => 7, hy => 5, en => 13, zh => 12);

# a negative is fine when no mark (or Chinese name) occurs in it, except
# marks whose classes exclude the listing's class
sub negative_ok
{
	my ($t, $nc) = @_;
	for my $m (marks_in($t))
	{
		return 0 if $nc eq '';
		return 0 if grep { $_ == $nc } @{$MARK{$m}{cl}};
	}
	for my $of (@OTHER_FORMS)
	{
		my $w = $of->[1];
		next if length($w) < 3;
		next unless $t =~ /(?<!\w)\Q$w\E(?!\w)/i;
		return 0 if $nc eq '';
		return 0 if grep { $_ == $nc } @{$MARK{$of->[0]}{cl}};
	}
	return 1;
}

sub gen_negative
{
	my ($sub) = @_;
	for my $try (1 .. 500)
	{
		my ($t, $nc, $lang, @cues);
		if ($sub eq 'near')
		{
			my $e = pick(@NEAR);
			my ($l, $cl, $must, $tpl) = @$e;
			$lang = $l;
			my %v = (
				C => chance(0.5) ? pick(@{$COL{$lang}}) : '',
				S => size_str('cloth', $lang),
				X => chance(0.5) ? pick(@{$EXTRA{$lang}}) : '',
			);
			$t = fill($tpl, '', %v);
			my @add;
			push @add, pick(@{$EXTRA{$lang}}) if $tpl !~ /\{X\}/ && chance(0.3);
			push @add, price($lang) if chance(0.25);
			push @add, pick(@EMO) if chance(0.15);
			$t = clean(join ' ', $t, @add);
			$nc = (defined $cl && ($must || chance(0.6))) ? $cl : '';
		}
		elsif ($sub eq 'generic' || $sub eq 'other')
		{
			$lang = pick_lang(%NEG_LANG_W);
			my ($brand, $cat, $model);
			if ($sub eq 'other')
			{
				if ($lang eq 'zh' && chance(0.6))
				{
					($brand, $cat) = @{pick(@OTHER_ZH)};
					$model = pick(@{$GENMOD{$cat}});
					$model = '' if $model =~ /\p{Cyrillic}/;
				}
				else
				{
					my @o = @{pick(@OTHER)};
					($brand, $cat) = @o[0, 1];
					$model = pick(@o[2 .. $#o]);
				}
			}
			else
			{
				$cat = pick(sort keys %NOUN);
				next if $cat eq 'gadget';
				$model = pick(@{$GENMOD{$cat}});
				# Cyrillic spec strings only in Cyrillic titles
				$model = '' if $model =~ /\p{Cyrillic}/ && $lang ne 'ru' && $lang ne 'kk';
				$model = join ' ', grep { $_ ne '' } pick(@{$DESC{$lang}}), $model if chance(0.6);
				$brand = '';
			}
			@cues = cues_for($lang, 1) if chance($sub eq 'generic' ? 0.1 : 0.06);
			my %v = (
				N => noun(\%NOUN, $cat, $lang),
				D => $model,
				C => chance(0.5) ? pick(@{$COL{$lang}}) : '',
				S => ($CATSZ{$cat} && chance(0.6)) ? size_str($CATSZ{$cat}, $lang) : '',
				X => chance(0.5) ? pick(@{$EXTRA{$lang}}) : '',
				P => chance(0.3) ? price($lang) : '',
				E => chance(0.3) ? pick(@EMO) : '',
				Q => join(' ', @cues),
			);
			my @tp = @{$TPL{$lang}};
			@tp = grep { /\{N\}/ } @tp if $brand eq '';
			$t = fill(pick(@tp), $brand, %v);
			my $cl = $CATCL{$cat};
			$nc = (defined $cl && chance(0.5)) ? $cl : '';
		}
		elsif ($sub eq 'acc')
		{
			# brand-less accessories, phrased like referential listings
			$lang = pick_lang(%NEG_LANG_W);
			my $acc = pick(qw(case glass strap charger cable earpads eartips battery stand));
			my $what = {
				ru => ['телефона', 'смартфона', 'наушников', 'часов 44мм', 'пылесоса', 'планшета 10"'],
				kk => ['телефон', 'смартфон', 'құлаққап'],
				az => ['telefon', 'smartfon', 'qulaqlıq'],
				tr => ['Telefon', 'Akıllı Saat', 'Kulaklık'],
				ka => ['ტელეფონის', 'ყურსასმენის'],
				hy => ['հեռախոսի', 'ականջակալի'],
				en => ['Phone', 'Smartwatch 44mm', 'Earbuds', 'Tablet 10"'],
				zh => ['手机', '耳机', '手表'],
			}->{$lang};
			my $w = pick(@$what);
			my $a = noun(\%ACC, $acc, $lang);
			$t = $lang eq 'ru' ? "$a для $w универсальный"
			   : $lang eq 'kk' ? "$w үшін $a"
			   : $lang eq 'az' ? "$w üçün $a"
			   : $lang eq 'tr' ? "$w için $a"
			   : $lang eq 'ka' ? "$w $a"
			   : $lang eq 'hy' ? "$a $w համար"
			   : $lang eq 'en' ? "Universal $a for $w"
			   : "通用$w$a";
			$t = clean(join ' ', $t, chance(0.5) ? pick(@{$COL{$lang}}) : '', chance(0.4) ? pick(@{$EXTRA{$lang}}) : '');
			$nc = '';
		}
		next unless negative_ok($t, $nc);
		next if @cues && grep { index(lc $t, lc $_) < 0 } @cues;
		emit(listing => $t, seller => seller($lang), gtin => chance(0.4) ? gtin_other() : '',
		     jurisdiction => jur($lang), nice_class => $nc, expected_mark => '', kind => 'negative',
		     referential => 0, cues => join(',', map { lc } @cues), lang => $lang);
		return;
	}
	die "could not make a $sub negative";
}

# ---------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------
gen_positive('exact') for 1 .. 350;
gen_positive('spacing') for 1 .. 350;
gen_positive('homoglyph') for 1 .. 350;
gen_positive('transliteration') for 1 .. 350;
gen_positive('typo') for 1 .. 350;
gen_referential() for 1 .. 250;
gen_negative('near') for 1 .. 380;
gen_negative('generic') for 1 .. 270;
gen_negative('other') for 1 .. 270;
gen_negative('acc') for 1 .. 80;

# deterministic shuffle (Fisher-Yates)
for (my $i = $#ROWS; $i > 0; $i--)
{
	my $j = rint($i + 1);
	@ROWS[$i, $j] = @ROWS[$j, $i];
}

# lang and other_marks (always empty: no title uses a second mark) as
# evaluate.sh loads every corpus
my @COLS = qw(id listing seller gtin jurisdiction nice_class expected_mark kind referential cues lang other_marks);
print join("\t", @COLS), "\n";
my $id = 0;
my (%stat, %langs);
for my $r (@ROWS)
{
	$r->{id} = ++$id;
	print join("\t", map { $r->{$_} // '' } @COLS), "\n";
	$stat{$r->{kind}}{$r->{lang}}++;
	$langs{$r->{lang}}++;
}

if ($STATS)
{
	my @k = qw(exact spacing homoglyph transliteration typo referential negative);
	printf STDERR "%-16s %5s" . (" %4s" x @LANGS) . "\n", 'kind', 'all', @LANGS;
	for my $k (@k)
	{
		my $tot = 0;
		$tot += $_ for values %{$stat{$k}};
		printf STDERR "%-16s %5d" . (" %4d" x @LANGS) . "\n", $k, $tot, map { $stat{$k}{$_} // 0 } @LANGS;
	}
	printf STDERR "%-16s %5d" . (" %4d" x @LANGS) . "\n", 'all', scalar @ROWS, map { $langs{$_} // 0 } @LANGS;
}
