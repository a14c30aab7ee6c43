-- trademark checks: brand keys, the mark registry, trademark_check (issue 5)
\pset null '(null)'
SET client_min_messages = warning;
\set SHOW_CONTEXT never

-- brand keys: NFKC and case, homoglyphs, transliteration, digits, separators
SELECT t, provenance.brand_key(t) FROM unnest(ARRAY[
  'Фен Dyson Supersonic HD08 оригинал',
  'Dуsоn',                      -- Cyrillic у and о inside a Latin word
  'ΝΙΚΕ',                       -- Greek capitals that look Latin
  'ВОЅЕ',                       -- Cyrillic capitals (and dze) that look Latin
  'Ｄｙｓｏｎ',                 -- fullwidth
  'Dys0n App1e $amsung N!ke',   -- digits and symbols for letters
  '4K TV, iPhone15 Pro, V11',   -- ... but not digits that are digits
  'D y s o n / D-y-s-o-n / A.i.r P.o.d.s',
  'Дайсон Эйрподс Самсунг Шанель Гуччи Сяоми Хуавей',
  'Қазақстан: әдемі ғажап қоңыр өнім ұлы үй һәм і',
  'Azərbaycan şampun, Türkçe ığdır, Dyson için',
  'დაისონი', 'Դայսոն', '戴森 吹风机', 'Δyson',
  'Levi''s®  —  "Air-Pods"!!!',
  '', '   ', '!!!']) t;
SELECT provenance.brand_key_version() ~ '^keys [0-9]+, ICU [0-9.]+, Unicode [0-9.]+$' AS version_format;
SELECT provenance.brand_key(NULL) IS NULL AS strict;
SELECT provenance.brand_key(repeat('a', 65537));

-- matching forms and similarity
SELECT t, provenance.brand_match_key(t) FROM unnest(ARRAY['Dyson', 'Дайсон', 'Philips', 'Филипс', 'Chanel', 'Шанель', 'Xiaomi', 'Ксиаоми', 'Apple', 'Gucci']) t;
SELECT a, b, round(provenance.brand_similarity(a, b)::numeric, 3) AS sim FROM (VALUES
  ('Dyson', 'Dyson'), ('Dyson', 'D y s o n'), ('Dyson', 'Дайсон'), ('Dyson', 'Dysen'),
  ('Dyson', 'Tyson'), ('Dyson', 'Bison'), ('Dyson', 'Disney'), ('AirPods', 'Эйрподс'),
  ('AirPods', 'airport'), ('Samsung', 'Самсунг'), ('', ''), ('Dyson', '')) v(a, b);

-- the registry
SELECT provenance.trademark_add('Dyson', 'Dyson Technology Limited', ARRAY[7, 9, 11], ARRAY['KZ', 'RU', 'AZ', 'GE', 'TR'], 'KZ-12345', ARRAY['5025155'], aliases => ARRAY['戴森']);
SELECT provenance.trademark_add('AirPods', 'Apple Inc.', ARRAY[9], company_prefixes => ARRAY['0190198', '0194252']);
SELECT provenance.trademark_add('Apple', 'Apple Inc.', ARRAY[9], company_prefixes => ARRAY['0190198', '0194252'], ordinary_word => true);
SELECT provenance.trademark_add('Nike', 'Nike Innovate C.V.', ARRAY[25]);
SELECT provenance.trademark_add('Samsung', 'Samsung Electronics Co., Ltd.', ARRAY[9, 11]);
SELECT provenance.trademark_add('Louis Vuitton', 'Louis Vuitton Malletier', ARRAY[18, 25]);
SELECT provenance.trademark_add('Chanel', 'Chanel SARL', ARRAY[3, 25]);
SELECT provenance.trademark_add('Sony', 'Sony Group Corporation', ARRAY[9]);
SELECT provenance.trademark_add('Puma', 'Puma SE', ARRAY[25], ordinary_word => true);
SELECT provenance.trademark_add('Oldmark', 'Nobody', ARRAY[9], status => 'expired');
\set VERBOSITY default
SELECT provenance.trademark_add('Dyson', 'Someone', ARRAY[11]);
SELECT provenance.trademark_add('!!!', 'Someone', ARRAY[11]);
SELECT provenance.trademark_add('X', ' ', ARRAY[11]);
SELECT provenance.trademark_add('X', 'Someone', ARRAY[0]);
SELECT provenance.trademark_add('X', 'Someone', '{}');
SELECT provenance.trademark_add('X', 'Someone', ARRAY[9], ARRAY['kz']);
SELECT provenance.trademark_add('X', 'Someone', ARRAY[9], company_prefixes => ARRAY['123']);
SELECT provenance.trademark_add('X', 'Someone', ARRAY[9], status => 'dead');
SELECT provenance.trademark_add('X', 'Someone', ARRAY[9], aliases => ARRAY['!!']);
SELECT provenance.trademark_remove('No such mark');
SELECT provenance.trademark_term_add('contrefaçon', 'cue');
SELECT provenance.trademark_term_add('contrefaçon', 'cue');
SELECT provenance.trademark_term_add('фонарик', 'product');
SELECT provenance.trademark_term_add('!!', 'cue');
SELECT provenance.trademark_term_add('x', 'slang');
\set VERBOSITY terse
SELECT mark, holder, nice_classes, jurisdictions, registration_number, company_prefixes, status, ordinary_word, aliases FROM provenance.trademark ORDER BY mark;
SELECT kind, count(*) FILTER (WHERE builtin) AS builtin, count(*) FILTER (WHERE NOT builtin) AS added FROM provenance.trademark_term GROUP BY kind ORDER BY kind;

-- trademark_check: disguises are found, ordinary words are not
CREATE TEMP TABLE listing (id int PRIMARY KEY, title text);
INSERT INTO listing VALUES
  (1, 'Фен Dyson Supersonic HD08 оригинал'),
  (2, 'Фен Dуsоn Supersonic HD08'),
  (3, 'Фен D y s o n Supersonic'),
  (4, 'Фен Дайсон Supersonic копия 1:1'),
  (5, 'Dysen фен для волос'),
  (6, 'Фен Dys0n люкс копия'),
  (7, 'Ｄｙｓｏｎ hair dryer'),
  (8, 'DysonV11 filter'),
  (9, 'чехол для AirPods Pro'),
  (10, 'AirPods Pro 2 реплика'),
  (11, 'Наушники Эйрподс Про'),
  (12, 'AirPods için kılıf'),
  (13, 'Apple iPhone 15 смартфон'),
  (14, 'fresh apples from Almaty'),
  (15, 'Яблоки свежие'),
  (16, 'Кроссовки Найк Air Max'),
  (17, 'Сумка Луи Виттон'),
  (18, 'LouisVuitton bag'),
  (19, 'Шанель духи'),
  (20, 'Tyson chicken nuggets'),
  (21, 'Bison grass vodka'),
  (22, 'Dixon Ticonderoga pencils'),
  (23, 'Nixon watch'),
  (24, 'airport parking Aktau'),
  (25, 'Sonya dress'),
  (26, 'ник для игры'),
  (27, 'Puma figure toy, wild animals'),
  (28, 'Puma кроссовки'),
  (29, 'Самсунг Galaxy S24 смартфон'),
  (30, 'ΝΙΚΕ кроссовки'),
  (31, 'Oldmark speaker'),
  (32, 'Dyson Airwrap Samsung Galaxy buds bundle'),
  (33, '戴森吹风机 正品'),
  (34, 'S|A|M|S|U|N|G смартфон'),
  (35, 'Samsumg Galaxy A35'),
  (36, 'Чехол для Эпплом Watch'),
  (37, 'Чехол для Самсунга'),
  (38, 'Ｎｉｋｅ кроссовки ®'),
  (39, 'Сумка Louis Vuitt0n ©hanel');
SELECT l.id, l.title, t.mark, t.matched, round(t.score::numeric, 2) AS score, t.match_kind, t.referential, t.counterfeit_cues
  FROM listing l LEFT JOIN LATERAL provenance.trademark_check(l.title) t ON true
 ORDER BY l.id, t.mark;

-- the second reading (every digit and symbol of a word as a letter), slips
-- of a finger in short marks, other spellings, model codes as evidence
SELECT t.title, c.mark, c.matched, round(c.score::numeric, 2) AS score, c.match_kind
  FROM unnest(ARRAY[
    'Pum4 кроссовки',                 -- 4 for a at the end of a word
    'S()ny WH-1000XM5 наушники',      -- () for o
    'Samsun9 Galaxy A55',             -- 9 for g at the end
    'Sonyy наушники',                 -- a doubled letter: half an edit
    'Şanel Bleu de Chanel',           -- an exact reading beats a near miss
    'Lui Viton çanta',                -- a long mark respelt in Latin
    'ლუი ვიტონის 1:1',                -- a Georgian case ending on the last word
    'Dajson AM07',                    -- a near miss with a model code
    'Sony50 наушники',                -- a short mark before a number
    'Mike Tyson Poster 50x70',        -- no model code evidence for short marks
    'Sonny Rollins vinyl LP',
    'Niva üçün disk'
  ]) WITH ORDINALITY t(title, n)
  LEFT JOIN LATERAL provenance.trademark_check(t.title) c ON true
 ORDER BY t.n, c.mark;

-- after the third blind corpus: a Georgian name with its nominative -ი is the
-- name (სამსუნგი); a close respelling in another script needs no evidence
-- (Дайсон, ლუი ვიტონი), nor a long mark losing its first letter (YSON with
-- a cue); an adjective's stem is no near miss (женская is no Sony), Niva
-- cars and Pima cotton are no Nivea and no Puma
SELECT l, c.mark, c.match_kind, round(c.score::numeric, 2) AS score
  FROM unnest(ARRAY['სამსუნგი Galaxy A55', 'Дайсон V15 Detect', 'ლუი ვიტონი Ombre Nomade',
                    'YSON V8 Origin люкс копия', 'Сумка женская белая копия', 'Чехлы на сиденья Нива 4х4',
                    'Pima Cotton T-Shirt Men', 'Tee Puma Essentials',
                    -- Greek spells foreign b, d, g, h as μπ, ντ, γκ, χ; a short
                    -- mark's typo may drop or add a vowel but not change one too
                    -- (Sny; not Sun); a key next to a neighbour's (Nbike); a
                    -- product line with its number is evidence (Dysson Series 3)
                    'copy Ντάισον V12 Detect', 'Sun Protect SPF 50 копия', 'Sny WH-1000XM5 наушники',
                    'Nbike Strike football dupe', 'Dysson Series 3',
                    -- a disguised ordinary word is the mark (Pum4, P♥u♥m♥a); a
                    -- Georgian case ending (-ს, -ის) is the name (სამსუნგის;
                    -- not -ა: სონია is Sonia); a Russian case ending on a mark of
                    -- 6 letters or more (Самсунга); a model right after a short
                    -- mark is evidence (Sonyy WH-CH520)
                    'Pum4 Phase', 'P♥u♥m♥a Cali Dream', 'სამსუნგის Galaxy', 'სონია თოჯინა',
                    'Самсунга Galaxy', 'Sonyy WH-CH520, qara',
                    -- a mark without its silent final e, one vowel away (Epl)
                    'Epl Watch Ultra 2 Akıllı Saat', 'IPL epilator Pro 5',
                    -- Greek β is v (Λουί Βιτόν); Kazakh ң is ng (Самсуң); a
                    -- 4-letter mark with a letter added or changed, with its
                    -- goods (Sonmy наушники), its first letter only with a
                    -- cue (Kony реплика; not Nice, Pumba)
                    'Λουί Βιτόν Neverfull', 'Самсуң Neo QLED',
                    'Sonmy наушники', 'Kony наушники', 'Kony наушники реплика',
                    'Nice Day T-Shirt', 'Pumba plush toy',
                    -- a 5-letter mark with another first letter, with a cue
                    -- (Wyson; not Tyson); an exact reading of an ordinary-word
                    -- mark with a referential word (laces for Puma Suede)
                    'Wyson фен копия', 'Mike Tyson poster копия', 'Wyson фен',
                    'Шнурки совместимый с Puma Suede', 'Կոշկակապեր Puma Suede-ի համար']) AS l
  LEFT JOIN LATERAL provenance.trademark_check(l) c ON true ORDER BY l;

-- class, jurisdiction, threshold
SELECT mark, match_kind FROM provenance.trademark_check('Фен Dyson', nice_class => 11);
SELECT count(*) AS class_31 FROM provenance.trademark_check('Фен Dyson', nice_class => 31);
SELECT count(*) AS in_kz FROM provenance.trademark_check('Фен Dyson', jurisdiction => 'KZ');
SELECT count(*) AS in_cn FROM provenance.trademark_check('Фен Dyson', jurisdiction => 'CN');
SET provenance.trademark_threshold = 0.95;
SELECT mark, score FROM provenance.trademark_check('Фен Дайсон');
RESET provenance.trademark_threshold;
SELECT mark, round(score::numeric, 2) AS score FROM provenance.trademark_check('Фен Дайсон');
SELECT count(*) AS null_listing FROM provenance.trademark_check(NULL);
\set VERBOSITY default
SELECT * FROM provenance.trademark_check('Фен Dyson', nice_class => 46);
SELECT * FROM provenance.trademark_check('Фен Dyson', jurisdiction => 'kz');
\set VERBOSITY terse
SET provenance.trademark_threshold = 1.5;

-- the GTIN and the holder's company prefixes
SELECT mark, gtin_matches_holder FROM provenance.trademark_check('Фен Dyson', gtin => '05025155012345'::provenance.gtin);
SELECT mark, gtin_matches_holder FROM provenance.trademark_check('Фен Dyson', gtin => '04870001234560'::provenance.gtin);
SELECT mark, gtin_matches_holder FROM provenance.trademark_check('Кроссовки Nike', gtin => '04870001234560'::provenance.gtin);

-- authorized sellers, with and without the holder's signed authorization
CREATE TEMP TABLE holder_key AS SELECT * FROM provenance.generate_keypair('Ed25519');
SELECT provenance.signer_add(public_key, 'Dyson Technology Limited', 'brand_owner', 'dyson-brand') FROM holder_key;
SELECT provenance.authorized_seller_add('Dyson', 'Technodom', 'KZ');
SELECT provenance.authorized_seller_add('Dyson', 'Kaspi Shop 1', 'KZ', authorization_record =>
       provenance.sign('{"mark": "Dyson", "seller": "Kaspi Shop 1", "iat": 1748736000}', private_key, 'dyson-brand')) FROM holder_key;
SELECT provenance.authorized_seller_add('Dyson', 'Forged Shop', authorization_record =>
       provenance.sign('{"mark": "Dyson", "seller": "Forged Shop", "iat": 1748736000}', k.private_key, 'dyson-brand'))
  FROM provenance.generate_keypair('Ed25519') k;
SELECT provenance.authorized_seller_add('Dyson', 'Old Shop', valid_until => '2020-01-01');
\set VERBOSITY default
SELECT provenance.authorized_seller_add('Dyson', 'Technodom', 'KZ');
SELECT provenance.authorized_seller_add('Nope', 'Technodom');
SELECT provenance.authorized_seller_add('Dyson', 'Mismatch', authorization_record =>
       provenance.sign('{"mark": "Dyson", "seller": "Someone else", "iat": 1748736000}', private_key, 'dyson-brand')) FROM holder_key;
SELECT provenance.authorized_seller_add('Dyson', 'X', 'kz');
SELECT provenance.authorized_seller_remove('Dyson', 'Nobody');
\set VERBOSITY terse
SELECT s AS seller, j AS jurisdiction, (SELECT seller_authorized FROM provenance.trademark_check('Фен Dyson', seller => s, jurisdiction => j)) AS authorized
  FROM (VALUES ('Technodom', 'KZ'), ('Technodom', 'AZ'), ('Technodom', NULL), ('Kaspi Shop 1', 'KZ'),
               ('Forged Shop', 'KZ'), ('Old Shop', NULL), ('Stranger', 'KZ')) v(s, j);
SELECT provenance.signer_revoke('dyson-brand', 'key_compromise');
SELECT seller_authorized AS after_revocation FROM provenance.trademark_check('Фен Dyson', seller => 'Kaspi Shop 1', jurisdiction => 'KZ');
SELECT provenance.authorized_seller_remove('Dyson', 'Technodom', 'KZ');
SELECT seller_authorized AS after_removal FROM provenance.trademark_check('Фен Dyson', seller => 'Technodom', jurisdiction => 'KZ');

-- scale: a trigram index on the matching form finds candidates, trademark_check confirms
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE big_listing AS
  SELECT g AS id, (ARRAY['Фен Dyson Supersonic', 'Наушники Эйрподс Про', 'Детская игрушка', 'Чайник электрический',
                         'Кроссовки беговые', 'Футболка хлопок', 'Фен D y s o n', 'Dixon pencils'])[1 + g % 8] || ' #' || g AS title
  FROM generate_series(1, 4000) g;
CREATE INDEX big_listing_match ON big_listing USING gin (provenance.brand_match_key(title) gin_trgm_ops);
ANALYZE big_listing;
SET pg_trgm.word_similarity_threshold = 0.5;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT l.id, c.mark, c.match_kind
  FROM provenance.trademark m
  JOIN big_listing l ON provenance.brand_match_key(m.mark) <% provenance.brand_match_key(l.title)
 CROSS JOIN LATERAL provenance.trademark_check(l.title) c
 WHERE c.mark = m.mark;
SELECT c.mark, c.match_kind, count(*)
  FROM provenance.trademark m
  JOIN big_listing l ON provenance.brand_match_key(m.mark) <% provenance.brand_match_key(l.title)
 CROSS JOIN LATERAL provenance.trademark_check(l.title) c
 WHERE c.mark = m.mark
 GROUP BY 1, 2 ORDER BY 1, 2;
RESET enable_seqscan;
RESET pg_trgm.word_similarity_threshold;
SELECT count(*) AS without_index FROM big_listing l, provenance.trademark_check(l.title) c;
DROP TABLE big_listing;

-- privileges and pg_dump
CREATE ROLE regress_prov_lister;
SET ROLE regress_prov_lister;
SELECT count(*) > 0 AS can_check FROM provenance.trademark_check('Dyson фен');
SELECT provenance.trademark_add('Mine', 'Me', ARRAY[9]);
SELECT provenance.trademark_term_add('fake-ish', 'cue');
INSERT INTO provenance.trademark (mark, holder, nice_classes) VALUES ('Mine', 'Me', ARRAY[9]);
RESET ROLE;
DROP ROLE regress_prov_lister;
SELECT c.relname, e.extcondition[t.n] AS dump_condition
  FROM pg_extension e, unnest(e.extconfig) WITH ORDINALITY t(oid, n) JOIN pg_class c ON c.oid = t.oid
 WHERE e.extname = 'provenance' ORDER BY 1;
