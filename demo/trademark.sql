-- demo/trademark.sql: trademark checks on marketplace listings (issue 5).
-- Registers a few marks with their holders' classes, jurisdictions, GS1
-- company prefixes and Chinese names, authorizes two sellers (one through
-- a signed authorization of the holder, verified by the trust store), and
-- loads listings as sellers on Kaspi, Wildberries, Tap.az and Trendyol
-- write them: the genuine article, disguised copies, accessories for it
-- and words that only look like a mark.
SET search_path = demo, public;

SELECT count(provenance.trademark_add(mark, holder, classes, jurisdictions => ARRAY['KZ', 'AZ', 'GE', 'TR'],
                                      company_prefixes => prefixes, ordinary_word => ordinary, aliases => aliases))
FROM (VALUES
    ('Dyson', 'Dyson Technology Limited', ARRAY[7, 9, 11], ARRAY['5025155'], false, ARRAY['戴森']),
    ('AirPods', 'Apple Inc.', ARRAY[9], ARRAY['0190198', '0194252'], false, NULL),
    ('Apple', 'Apple Inc.', ARRAY[9], ARRAY['0190198', '0194252'], true, ARRAY['苹果']),
    ('Samsung', 'Samsung Electronics Co., Ltd.', ARRAY[7, 9, 11], ARRAY['8806090', '8801643'], false, ARRAY['三星']),
    ('Nike', 'Nike Innovate C.V.', ARRAY[25], NULL, false, ARRAY['耐克'])
) AS m(mark, holder, classes, prefixes, ordinary, aliases);

-- the brand owner's key signs an authorization for one reseller
CREATE TABLE dyson_brand_key AS SELECT * FROM provenance.generate_keypair('Ed25519');
SELECT provenance.signer_add(public_key, 'Dyson Technology Limited', 'brand_owner', 'gb-dyson-brand', country => 'GB')
FROM dyson_brand_key;
SELECT provenance.authorized_seller_add('Dyson', 'Technodom', 'KZ');
SELECT provenance.authorized_seller_add('Dyson', 'Alser', 'KZ', authorization_record =>
       provenance.sign(jsonb_build_object('mark', 'Dyson', 'seller', 'Alser', 'jurisdiction', 'KZ',
                                          'iat', 1740009600), private_key, 'gb-dyson-brand'))
FROM dyson_brand_key;
DROP TABLE dyson_brand_key;		-- the private key never stays in the database

CREATE TABLE listing (
    id int PRIMARY KEY,
    title text NOT NULL,
    seller text NOT NULL,
    gtin provenance.gtin,
    category int
);
COMMENT ON TABLE listing IS 'marketplace listings of the demo: title, seller, GTIN when given, Nice class of the category';
INSERT INTO listing VALUES
    (1, 'Фен Dyson Supersonic HD15 оригинал', 'Technodom', '05025155012345', 11),
    (2, 'Фен Dyson Supersonic HD15', 'Alser', '05025155012345', 11),
    (3, 'Фен Dуsоn Supersonic HD15 люкс копия 1:1', 'TopMarket Almaty', '04870001234560', 11),
    (4, 'Стайлер Дайсон Airwrap реплика', 'Stil Shop', NULL, 11),
    (5, 'D y s o n V15 Detect пылесос', 'Ev Texnika Baku', NULL, 7),
    (6, 'Dys0n Airwrap Complete, AAA', 'Ev Texnika Baku', NULL, NULL),
    (7, 'Наушники Эйрподс Про 2 копия', 'GadgetKZ', NULL, 9),
    (8, 'Чехол для AirPods Pro 2, силикон', 'GadgetKZ', NULL, 9),
    (9, 'AirPods Pro 2 için kılıf', 'Trendyol Aksesuar', NULL, 9),
    (10, 'Samsumg Galaxy A35 128GB', 'Phone Bazar', NULL, 9),
    (11, 'Кроссовки Найк Air Force 1 реплика', 'SneakerKZ', NULL, 25),
    (12, '戴森吹风机 正品 现货', 'Yiwu Trading', NULL, 11),
    (13, 'Tyson chicken nuggets 1 kg', 'Magnum', NULL, 29),
    (14, 'Свежие яблоки Апорт, fresh apples', 'Green Bazaar', NULL, 31),
    (15, 'Dixon Ticonderoga pencils, 12 pcs', 'Kanctovary', NULL, 16);
