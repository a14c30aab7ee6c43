
-- ---------------------------------------------------------------------
-- Trademark checks: brand keys, the mark registry, trademark_check
-- ---------------------------------------------------------------------

-- IMMUTABLE for a given ICU version, as collations are: indexes on
-- brand_key() must be rebuilt after an ICU upgrade (brand_key_version())
CREATE FUNCTION @extschema@.brand_key(text) RETURNS text AS 'MODULE_PATHNAME', 'prov_brand_key' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.brand_key_version() RETURNS text AS 'MODULE_PATHNAME', 'prov_brand_key_version' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.brand_match_key(text) RETURNS text AS 'MODULE_PATHNAME', 'prov_brand_match_key' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.brand_similarity(a text, b text) RETURNS real AS 'MODULE_PATHNAME', 'prov_brand_similarity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.brand_key(text) IS 'the text as a brand key: lower-case ASCII words after NFKC, TR39 confusable folding of look-alike letters, transliteration of other scripts (Cyrillic incl. Kazakh, Greek, Georgian, Armenian, Han, Azerbaijani/Turkish Latin), digits and symbols read as letters inside words, punctuation as word breaks; depends on the ICU version (brand_key_version)';
COMMENT ON FUNCTION @extschema@.brand_key_version() IS 'the ICU and Unicode versions brand keys are made with; REINDEX indexes on brand_key() when it changes';
COMMENT ON FUNCTION @extschema@.brand_match_key(text) IS 'the form trademark_check compares: the brand key without spaces, with sound-alike spellings made equal (ph/f, x/ks, w/v, y/j/l/i, ch/sh/s, doubled letters single); index it with pg_trgm to find candidate listings through spacing, look-alikes and transliteration';
COMMENT ON FUNCTION @extschema@.brand_similarity(text, text) IS 'similarity in [0, 1] of the brand keys of two texts: 1 - weighted edit distance / length, spacing-insensitive, with sound-alike spellings equal (ph/f, x/ks, y/i, ...) and vowel changes at half cost';

-- the mark registry
CREATE TABLE @extschema@.trademark (
    mark text PRIMARY KEY,
    holder text NOT NULL,
    nice_classes integer[] NOT NULL,
    jurisdictions text[],
    registration_number text,
    company_prefixes text[],
    status text NOT NULL DEFAULT 'registered',
    ordinary_word boolean NOT NULL DEFAULT false,
    aliases text[],
    created_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT trademark_aliases_check CHECK (pg_catalog.array_position(aliases, NULL) IS NULL),
    CONSTRAINT trademark_mark_check CHECK (pg_catalog.btrim(mark) OPERATOR(pg_catalog.<>) ''),
    CONSTRAINT trademark_holder_check CHECK (pg_catalog.btrim(holder) OPERATOR(pg_catalog.<>) ''),
    CONSTRAINT trademark_nice_classes_check CHECK (pg_catalog.cardinality(nice_classes) OPERATOR(pg_catalog.>=) 1 AND pg_catalog.array_position(nice_classes, NULL) IS NULL AND 1 OPERATOR(pg_catalog.<=) ALL (nice_classes) AND 45 OPERATOR(pg_catalog.>=) ALL (nice_classes)),
    CONSTRAINT trademark_jurisdictions_check CHECK (jurisdictions::text OPERATOR(pg_catalog.~) '^\{[A-Z]{2}(,[A-Z]{2})*\}$'),
    CONSTRAINT trademark_company_prefixes_check CHECK (company_prefixes::text OPERATOR(pg_catalog.~) '^\{[0-9]{4,12}(,[0-9]{4,12})*\}$'),
    CONSTRAINT trademark_status_check CHECK (status OPERATOR(pg_catalog.=) ANY (ARRAY['registered', 'pending', 'expired', 'cancelled']))
);
COMMENT ON TABLE @extschema@.trademark IS 'registered marks that trademark_check looks for in listings: holder, Nice classes, jurisdictions, the holder''s GS1 company prefixes. Written through trademark_add.';
COMMENT ON COLUMN @extschema@.trademark.mark IS 'the mark as registered (word mark), e.g. Dyson';
COMMENT ON COLUMN @extschema@.trademark.holder IS 'the holder of the registration';
COMMENT ON COLUMN @extschema@.trademark.nice_classes IS 'Nice classes (1-45) the mark is registered for; a listing in another class is not a match';
COMMENT ON COLUMN @extschema@.trademark.jurisdictions IS 'ISO 3166-1 alpha-2 codes where the mark is registered; NULL: not restricted';
COMMENT ON COLUMN @extschema@.trademark.registration_number IS 'registration number at the office, optional';
COMMENT ON COLUMN @extschema@.trademark.company_prefixes IS 'the holder''s GS1 company prefixes (4-12 digits): a GTIN under one of them belongs to the holder';
COMMENT ON COLUMN @extschema@.trademark.status IS 'registered, pending, expired or cancelled; only registered marks are checked';
COMMENT ON COLUMN @extschema@.trademark.ordinary_word IS 'the mark is also an everyday word (Apple, Puma): a listing must also name a product of its classes (or give its class) to match';
COMMENT ON COLUMN @extschema@.trademark.aliases IS 'other registered forms of the mark (its Chinese name 戴森, a local spelling): a listing that reads exactly as one names the mark';
COMMENT ON COLUMN @extschema@.trademark.created_at IS 'when the mark was added';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.trademark', '');

CREATE TABLE @extschema@.authorized_seller (
    mark text NOT NULL,
    seller text NOT NULL,
    jurisdiction text,
    valid_from timestamptz,
    valid_until timestamptz,
    authorization_record @extschema@.signed_record,
    created_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT authorized_seller_seller_check CHECK (pg_catalog.btrim(seller) OPERATOR(pg_catalog.<>) ''),
    CONSTRAINT authorized_seller_jurisdiction_check CHECK (@extschema@.country_is_valid(jurisdiction)),
    CONSTRAINT authorized_seller_validity_check CHECK (valid_until OPERATOR(pg_catalog.>) valid_from)
);
CREATE UNIQUE INDEX authorized_seller_key ON @extschema@.authorized_seller (mark, seller, (COALESCE(jurisdiction, '')));
COMMENT ON TABLE @extschema@.authorized_seller IS 'sellers the holder of a mark authorizes, in a jurisdiction (NULL: all of the mark''s) and a period; an authorization record, when given, must verify through the trust store and name the mark and the seller. Written through authorized_seller_add.';
COMMENT ON COLUMN @extschema@.authorized_seller.authorization_record IS 'the holder''s signed authorization (claims "mark" and "seller"), optional; one that does not verify does not count';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.authorized_seller', '');

-- words that qualify a mention: counterfeit cues, referential use, products of a class
CREATE TABLE @extschema@.trademark_term (
    term text NOT NULL,
    kind text NOT NULL,
    nice_class integer,
    builtin boolean NOT NULL DEFAULT false,
    CONSTRAINT trademark_term_kind_check CHECK (kind OPERATOR(pg_catalog.=) ANY (ARRAY['cue', 'referential_before', 'referential_after', 'product', 'ordinary'])),
    CONSTRAINT trademark_term_class_check CHECK ((kind OPERATOR(pg_catalog.=) 'product') OPERATOR(pg_catalog.=) (nice_class IS NOT NULL) AND nice_class OPERATOR(pg_catalog.>=) 1 AND nice_class OPERATOR(pg_catalog.<=) 45),
    CONSTRAINT trademark_term_term_check CHECK (pg_catalog.btrim(term) OPERATOR(pg_catalog.<>) '')
);
CREATE UNIQUE INDEX trademark_term_key ON @extschema@.trademark_term (term, kind, (COALESCE(nice_class, 0)));
COMMENT ON TABLE @extschema@.trademark_term IS 'terms trademark_check reads listings with: counterfeit cues (replica, копия), referential words before or after a mark (for, для; için, үшін), product words of each Nice class (фен: 11), and ordinary words that are never read as a mark (new, новый, жаңа); matched on brand keys, cues and products also in inflected forms. Rows with builtin = true ship with the extension; pg_dump keeps the others.';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.trademark_term', 'WHERE NOT builtin');

-- the terms shipped with the extension (pg_dump leaves them to CREATE EXTENSION)
INSERT INTO @extschema@.trademark_term (term, kind, nice_class, builtin) VALUES
    ('replica', 'cue', NULL, true),
    ('реплика', 'cue', NULL, true),
    ('копия', 'cue', NULL, true),
    ('copy', 'cue', NULL, true),
    ('1:1', 'cue', NULL, true),
    ('1в1', 'cue', NULL, true),
    ('1 в 1', 'cue', NULL, true),
    ('AAA', 'cue', NULL, true),
    ('AAA+', 'cue', NULL, true),
    ('lux copy', 'cue', NULL, true),
    ('люкс копия', 'cue', NULL, true),
    ('high copy', 'cue', NULL, true),
    ('first copy', 'cue', NULL, true),
    ('mirror copy', 'cue', NULL, true),
    ('fake', 'cue', NULL, true),
    ('фейк', 'cue', NULL, true),
    ('подделка', 'cue', NULL, true),
    ('муляж', 'cue', NULL, true),
    ('копии', 'cue', NULL, true),
    ('не оригинал', 'cue', NULL, true),
    ('аналог', 'cue', NULL, true),
    ('oem', 'cue', NULL, true),
    ('kopya', 'cue', NULL, true),
    ('replika', 'cue', NULL, true),
    ('taklit', 'cue', NULL, true),
    ('sahte', 'cue', NULL, true),
    ('birebir', 'cue', NULL, true),
    ('muadil', 'cue', NULL, true),
    ('A kalite', 'cue', NULL, true),
    ('saxta', 'cue', NULL, true),
    ('imitasiya', 'cue', NULL, true),
    ('surət', 'cue', NULL, true),
    ('көшірме', 'cue', NULL, true),
    ('жалған', 'cue', NULL, true),
    ('კოპია', 'cue', NULL, true),
    ('ასლი', 'cue', NULL, true),
    ('რეპლიკა', 'cue', NULL, true),
    ('原单', 'cue', NULL, true),
    ('A货', 'cue', NULL, true),
    ('高仿', 'cue', NULL, true),
    ('复刻', 'cue', NULL, true),
    ('仿品', 'cue', NULL, true),
    ('精仿', 'cue', NULL, true),
    ('for', 'referential_before', NULL, true),
    ('compatible', 'referential_before', NULL, true),
    ('compatible with', 'referential_before', NULL, true),
    ('fits', 'referential_before', NULL, true),
    ('fit for', 'referential_before', NULL, true),
    ('replacement for', 'referential_before', NULL, true),
    ('for use with', 'referential_before', NULL, true),
    ('для', 'referential_before', NULL, true),
    ('к', 'referential_before', NULL, true),
    ('под', 'referential_before', NULL, true),
    ('на', 'referential_before', NULL, true),
    ('совместим с', 'referential_before', NULL, true),
    ('совместимый с', 'referential_before', NULL, true),
    ('совместимая с', 'referential_before', NULL, true),
    ('подходит для', 'referential_before', NULL, true),
    ('подходит к', 'referential_before', NULL, true),
    ('適用於', 'referential_before', NULL, true),
    ('适用于', 'referential_before', NULL, true),
    ('适配', 'referential_before', NULL, true),
    ('兼容', 'referential_before', NULL, true),
    ('için', 'referential_after', NULL, true),
    ('uyumlu', 'referential_after', NULL, true),
    ('ile uyumlu', 'referential_after', NULL, true),
    ('üçün', 'referential_after', NULL, true),
    ('uyğun', 'referential_after', NULL, true),
    ('үшін', 'referential_after', NULL, true),
    ('арналған', 'referential_after', NULL, true),
    ('сәйкес', 'referential_after', NULL, true),
    ('compatible', 'referential_after', NULL, true),
    ('совместимый', 'referential_after', NULL, true),
    ('ისთვის', 'referential_after', NULL, true),
    ('თვის', 'referential_after', NULL, true),
    ('的', 'referential_after', NULL, true),
    ('专用', 'referential_after', NULL, true),
    ('用', 'referential_after', NULL, true),
    ('new', 'ordinary', NULL, true),
    ('original', 'ordinary', NULL, true),
    ('genuine', 'ordinary', NULL, true),
    ('sale', 'ordinary', NULL, true),
    ('free', 'ordinary', NULL, true),
    ('delivery', 'ordinary', NULL, true),
    ('shipping', 'ordinary', NULL, true),
    ('best', 'ordinary', NULL, true),
    ('price', 'ordinary', NULL, true),
    ('brand new', 'ordinary', NULL, true),
    ('sealed', 'ordinary', NULL, true),
    ('stock', 'ordinary', NULL, true),
    ('in stock', 'ordinary', NULL, true),
    ('quality', 'ordinary', NULL, true),
    ('новый', 'ordinary', NULL, true),
    ('новая', 'ordinary', NULL, true),
    ('новые', 'ordinary', NULL, true),
    ('новинка', 'ordinary', NULL, true),
    ('оригинал', 'ordinary', NULL, true),
    ('оригинальный', 'ordinary', NULL, true),
    ('оригинальная', 'ordinary', NULL, true),
    ('люкс', 'ordinary', NULL, true),
    ('качество', 'ordinary', NULL, true),
    ('доставка', 'ordinary', NULL, true),
    ('бесплатно', 'ordinary', NULL, true),
    ('бесплатная', 'ordinary', NULL, true),
    ('скидка', 'ordinary', NULL, true),
    ('акция', 'ordinary', NULL, true),
    ('распродажа', 'ordinary', NULL, true),
    ('цена', 'ordinary', NULL, true),
    ('гарантия', 'ordinary', NULL, true),
    ('жаңа', 'ordinary', NULL, true),
    ('сапалы', 'ordinary', NULL, true),
    ('түпнұсқа', 'ordinary', NULL, true),
    ('жеткізу', 'ordinary', NULL, true),
    ('тегін', 'ordinary', NULL, true),
    ('жеңілдік', 'ordinary', NULL, true),
    ('кепілдік', 'ordinary', NULL, true),
    ('yeni', 'ordinary', NULL, true),
    ('orijinal', 'ordinary', NULL, true),
    ('kalite', 'ordinary', NULL, true),
    ('indirim', 'ordinary', NULL, true),
    ('ücretsiz', 'ordinary', NULL, true),
    ('kargo', 'ordinary', NULL, true),
    ('garantili', 'ordinary', NULL, true),
    ('sıfır', 'ordinary', NULL, true),
    ('keyfiyyət', 'ordinary', NULL, true),
    ('endirim', 'ordinary', NULL, true),
    ('çatdırılma', 'ordinary', NULL, true),
    ('pulsuz', 'ordinary', NULL, true),
    ('zəmanətli', 'ordinary', NULL, true),
    ('mağazada', 'ordinary', NULL, true),
    ('ახალი', 'ordinary', NULL, true),
    ('ორიგინალი', 'ordinary', NULL, true),
    ('ხარისხი', 'ordinary', NULL, true),
    ('მიწოდება', 'ordinary', NULL, true),
    ('全新', 'ordinary', NULL, true),
    ('新款', 'ordinary', NULL, true),
    ('现货', 'ordinary', NULL, true),
    ('包邮', 'ordinary', NULL, true),
    ('正品', 'ordinary', NULL, true),
    ('原装', 'ordinary', NULL, true),
    ('热卖', 'ordinary', NULL, true),
    ('黑色', 'ordinary', NULL, true),
    ('白色', 'ordinary', NULL, true),
    ('perfume', 'product', 3, true),
    ('parfum', 'product', 3, true),
    ('eau de parfum', 'product', 3, true),
    ('eau de toilette', 'product', 3, true),
    ('духи', 'product', 3, true),
    ('парфюм', 'product', 3, true),
    ('туалетная вода', 'product', 3, true),
    ('парфюмерная вода', 'product', 3, true),
    ('cream', 'product', 3, true),
    ('крем', 'product', 3, true),
    ('помада', 'product', 3, true),
    ('lipstick', 'product', 3, true),
    ('шампунь', 'product', 3, true),
    ('shampoo', 'product', 3, true),
    ('lotion', 'product', 3, true),
    ('лосьон', 'product', 3, true),
    ('parfüm', 'product', 3, true),
    ('ətir', 'product', 3, true),
    ('әтір', 'product', 3, true),
    ('косметика', 'product', 3, true),
    ('cosmetics', 'product', 3, true),
    ('тушь', 'product', 3, true),
    ('mascara', 'product', 3, true),
    ('krem', 'product', 3, true),
    ('kremi', 'product', 3, true),
    ('香水', 'product', 3, true),
    ('面霜', 'product', 3, true),
    ('口红', 'product', 3, true),
    ('სუნამო', 'product', 3, true),
    ('კრემი', 'product', 3, true),
    ('vacuum', 'product', 7, true),
    ('vacuum cleaner', 'product', 7, true),
    ('пылесос', 'product', 7, true),
    ('blender', 'product', 7, true),
    ('блендер', 'product', 7, true),
    ('mixer', 'product', 7, true),
    ('миксер', 'product', 7, true),
    ('süpürge', 'product', 7, true),
    ('tozsoran', 'product', 7, true),
    ('тозаңсорғыш', 'product', 7, true),
    ('robot vacuum', 'product', 7, true),
    ('吸尘器', 'product', 7, true),
    ('მტვერსასრუტი', 'product', 7, true),
    ('shaver', 'product', 8, true),
    ('razor', 'product', 8, true),
    ('бритва', 'product', 8, true),
    ('электробритва', 'product', 8, true),
    ('ұстара', 'product', 8, true),
    ('tıraş makinesi', 'product', 8, true),
    ('ülgüc', 'product', 8, true),
    ('剃须刀', 'product', 8, true),
    ('სამართებელი', 'product', 8, true),
    ('earbuds', 'product', 9, true),
    ('earphones', 'product', 9, true),
    ('headphones', 'product', 9, true),
    ('headset', 'product', 9, true),
    ('наушники', 'product', 9, true),
    ('гарнитура', 'product', 9, true),
    ('phone', 'product', 9, true),
    ('smartphone', 'product', 9, true),
    ('смартфон', 'product', 9, true),
    ('телефон', 'product', 9, true),
    ('laptop', 'product', 9, true),
    ('ноутбук', 'product', 9, true),
    ('tablet', 'product', 9, true),
    ('планшет', 'product', 9, true),
    ('speaker', 'product', 9, true),
    ('колонка', 'product', 9, true),
    ('smartwatch', 'product', 9, true),
    ('smart watch', 'product', 9, true),
    ('watch', 'product', 9, true),
    ('смарт часы', 'product', 9, true),
    ('charger', 'product', 9, true),
    ('зарядка', 'product', 9, true),
    ('зарядное устройство', 'product', 9, true),
    ('кабель', 'product', 9, true),
    ('cable', 'product', 9, true),
    ('sunglasses', 'product', 9, true),
    ('очки', 'product', 9, true),
    ('солнцезащитные очки', 'product', 9, true),
    ('kulaklık', 'product', 9, true),
    ('hoparlör', 'product', 9, true),
    ('qulaqlıq', 'product', 9, true),
    ('dinamik', 'product', 9, true),
    ('құлаққап', 'product', 9, true),
    ('console', 'product', 9, true),
    ('консоль', 'product', 9, true),
    ('gamepad', 'product', 9, true),
    ('джойстик', 'product', 9, true),
    ('camera', 'product', 9, true),
    ('камера', 'product', 9, true),
    ('monitor', 'product', 9, true),
    ('монитор', 'product', 9, true),
    ('akıllı telefon', 'product', 9, true),
    ('smartfon', 'product', 9, true),
    ('dizüstü bilgisayar', 'product', 9, true),
    ('telefon', 'product', 9, true),
    ('konsol', 'product', 9, true),
    ('oyun konsolu', 'product', 9, true),
    ('gözlük', 'product', 9, true),
    ('güneş gözlüğü', 'product', 9, true),
    ('eynək', 'product', 9, true),
    ('耳机', 'product', 9, true),
    ('手机', 'product', 9, true),
    ('音箱', 'product', 9, true),
    ('笔记本', 'product', 9, true),
    ('游戏机', 'product', 9, true),
    ('眼镜', 'product', 9, true),
    ('ყურსასმენები', 'product', 9, true),
    ('სმარტფონი', 'product', 9, true),
    ('ტელეფონი', 'product', 9, true),
    ('ლეპტოპი', 'product', 9, true),
    ('სათვალე', 'product', 9, true),
    ('სამაჯური', 'product', 9, true),
    ('დამტენი', 'product', 9, true),
    ('сағат', 'product', 9, true),
    ('ремешок', 'product', 9, true),
    ('hair dryer', 'product', 11, true),
    ('dryer', 'product', 11, true),
    ('фен', 'product', 11, true),
    ('styler', 'product', 11, true),
    ('стайлер', 'product', 11, true),
    ('air purifier', 'product', 11, true),
    ('очиститель воздуха', 'product', 11, true),
    ('вентилятор', 'product', 11, true),
    ('fan', 'product', 11, true),
    ('heater', 'product', 11, true),
    ('обогреватель', 'product', 11, true),
    ('humidifier', 'product', 11, true),
    ('увлажнитель', 'product', 11, true),
    ('lamp', 'product', 11, true),
    ('лампа', 'product', 11, true),
    ('saç kurutma', 'product', 11, true),
    ('saç qurudan', 'product', 11, true),
    ('шаш кептіргіш', 'product', 11, true),
    ('airwrap', 'product', 11, true),
    ('supersonic', 'product', 11, true),
    ('吹风机', 'product', 11, true),
    ('ფენი', 'product', 11, true),
    ('watch', 'product', 14, true),
    ('watches', 'product', 14, true),
    ('часы', 'product', 14, true),
    ('наручные часы', 'product', 14, true),
    ('saat', 'product', 14, true),
    ('сағат', 'product', 14, true),
    ('qol saatı', 'product', 14, true),
    ('kol saati', 'product', 14, true),
    ('chronograph', 'product', 14, true),
    ('хронограф', 'product', 14, true),
    ('手表', 'product', 14, true),
    ('表带', 'product', 14, true),
    ('საათი', 'product', 14, true),
    ('bag', 'product', 18, true),
    ('handbag', 'product', 18, true),
    ('сумка', 'product', 18, true),
    ('сумочка', 'product', 18, true),
    ('wallet', 'product', 18, true),
    ('кошелек', 'product', 18, true),
    ('backpack', 'product', 18, true),
    ('рюкзак', 'product', 18, true),
    ('çanta', 'product', 18, true),
    ('sırt çantası', 'product', 18, true),
    ('sumka', 'product', 18, true),
    ('сөмке', 'product', 18, true),
    ('belt', 'product', 18, true),
    ('ремень', 'product', 18, true),
    ('包', 'product', 18, true),
    ('手袋', 'product', 18, true),
    ('ჩანთა', 'product', 18, true),
    ('sneakers', 'product', 25, true),
    ('кроссовки', 'product', 25, true),
    ('shoes', 'product', 25, true),
    ('обувь', 'product', 25, true),
    ('boots', 'product', 25, true),
    ('ботинки', 'product', 25, true),
    ('t-shirt', 'product', 25, true),
    ('футболка', 'product', 25, true),
    ('hoodie', 'product', 25, true),
    ('худи', 'product', 25, true),
    ('толстовка', 'product', 25, true),
    ('jacket', 'product', 25, true),
    ('куртка', 'product', 25, true),
    ('cap', 'product', 25, true),
    ('кепка', 'product', 25, true),
    ('jeans', 'product', 25, true),
    ('джинсы', 'product', 25, true),
    ('ayakkabı', 'product', 25, true),
    ('spor ayakkabı', 'product', 25, true),
    ('krossovka', 'product', 25, true),
    ('кроссовка', 'product', 25, true),
    ('аяқ киім', 'product', 25, true),
    ('idman ayaqqabısı', 'product', 25, true),
    ('idman kostyumu', 'product', 25, true),
    ('kostyum', 'product', 25, true),
    ('tracksuit', 'product', 25, true),
    ('спортивный костюм', 'product', 25, true),
    ('socks', 'product', 25, true),
    ('носки', 'product', 25, true),
    ('cins', 'product', 25, true),
    ('şalvar', 'product', 25, true),
    ('运动服', 'product', 25, true),
    ('运动鞋', 'product', 25, true),
    ('鞋', 'product', 25, true),
    ('სპორტული ფეხსაცმელი', 'product', 25, true),
    ('ფეხსაცმელი', 'product', 25, true),
    ('კოსტიუმი', 'product', 25, true),
    ('ჯინსი', 'product', 25, true),
    ('toy', 'product', 28, true),
    ('toys', 'product', 28, true),
    ('игрушка', 'product', 28, true),
    ('конструктор', 'product', 28, true),
    ('building set', 'product', 28, true),
    ('oyuncak', 'product', 28, true),
    ('ойыншық', 'product', 28, true),
    ('konstruktor', 'product', 28, true),
    ('积木', 'product', 28, true),
    ('玩具', 'product', 28, true),
    ('სათამაშო', 'product', 28, true),
    ('კონსტრუქტორი', 'product', 28, true),
    ('case', 'product', 9, true),
    ('чехол', 'product', 9, true),
    ('kılıf', 'product', 9, true),
    ('qab', 'product', 9, true),
    ('қап', 'product', 9, true),
    ('ქეისი', 'product', 9, true),
    ('ear pads', 'product', 9, true),
    ('амбушюры', 'product', 9, true),
    ('strap', 'product', 9, true),
    ('band', 'product', 9, true),
    ('bumper', 'product', 9, true),
    ('phillips', 'ordinary', NULL, true),
    ('шинель', 'ordinary', NULL, true),
    ('იაფი', 'ordinary', NULL, true),
    ('cheap', 'ordinary', NULL, true),
    ('дешево', 'ordinary', NULL, true),
    ('дёшево', 'ordinary', NULL, true),
    ('ucuz', 'ordinary', NULL, true),
    ('arzan', 'ordinary', NULL, true),
    ('арзан', 'ordinary', NULL, true),
    ('шаңсорғыш', 'product', 7, true),
    ('toothbrush', 'product', 21, true),
    ('зубная щетка', 'product', 21, true),
    ('diş fırçası', 'product', 21, true),
    ('электрическая зубная щетка', 'product', 21, true),
    ('приставка', 'product', 9, true),
    ('игровая приставка', 'product', 9, true),
    ('ойын консолі', 'product', 9, true),
    ('კონსოლი', 'product', 9, true),
    ('ყურსასმენი', 'product', 9, true),
    ('ზურგჩანთა', 'product', 18, true),
    ('წვერსაპარსი', 'product', 8, true),
    ('ის', 'referential_after', NULL, true),
    ('兼容', 'referential_after', NULL, true),
    ('ilə uyğun', 'referential_after', NULL, true),
    ('knockoff', 'cue', NULL, true),
    ('knock-off', 'cue', NULL, true),
    ('dupe', 'cue', NULL, true),
    ('clone', 'cue', NULL, true),
    ('mirror quality', 'cue', NULL, true),
    ('not original', 'cue', NULL, true),
    ('high quality copy', 'cue', NULL, true),
    ('паль', 'cue', NULL, true),
    ('как оригинал', 'cue', NULL, true),
    ('точная копия', 'cue', NULL, true),
    ('зеркальная копия', 'cue', NULL, true),
    ('түпнұсқа емес', 'cue', NULL, true),
    ('çakma', 'cue', NULL, true),
    ('imitasyon', 'cue', NULL, true),
    ('orijinal değil', 'cue', NULL, true),
    ('orijinal deyil', 'cue', NULL, true),
    ('ყალბი', 'cue', NULL, true),
    ('იმიტაცია', 'cue', NULL, true),
    ('არაორიგინალი', 'cue', NULL, true),
    ('一比一', 'cue', NULL, true),
    ('超A', 'cue', NULL, true),
    ('莆田', 'cue', NULL, true),
    ('to fit', 'referential_before', NULL, true),
    ('works with', 'referential_before', NULL, true),
    ('compatible w', 'referential_before', NULL, true),
    ('для использования с', 'referential_before', NULL, true),
    ('для моделей', 'referential_before', NULL, true),
    ('совместимость', 'referential_before', NULL, true),
    ('можно использовать с', 'referential_before', NULL, true),
    ('可用于', 'referential_before', NULL, true),
    ('通用', 'referential_before', NULL, true),
    ('үйлесімді', 'referential_after', NULL, true),
    ('жарайтын', 'referential_after', NULL, true),
    ('ile kullanılabilir', 'referential_after', NULL, true),
    ('uyumludur', 'referential_after', NULL, true),
    ('თავსებადი', 'referential_after', NULL, true),
    ('მოდელებისთვის', 'referential_after', NULL, true),
    ('通用', 'referential_after', NULL, true),
    ('son', 'ordinary', NULL, true),
    ('kişi', 'ordinary', NULL, true),
    ('kayış', 'ordinary', NULL, true),
    ('qayış', 'ordinary', NULL, true),
    ('hava', 'ordinary', NULL, true),
    ('шамы', 'ordinary', NULL, true),
    ('неке', 'ordinary', NULL, true),
    ('adios', 'ordinary', NULL, true),
    ('nika', 'ordinary', NULL, true),
    ('channel', 'ordinary', NULL, true),
    ('deodorant', 'product', 3, true),
    ('дезодорант', 'product', 3, true),
    ('ტუჩსაცხი', 'product', 3, true),
    ('body lotion', 'product', 3, true),
    ('losyon', 'product', 3, true),
    ('lip care', 'product', 3, true),
    ('trimmer', 'product', 8, true),
    ('триммер', 'product', 8, true),
    ('beard trimmer', 'product', 8, true),
    ('epilator', 'product', 8, true),
    ('эпилятор', 'product', 8, true),
    ('тример', 'product', 8, true),
    ('notebook', 'product', 9, true),
    ('ultrabook', 'product', 9, true),
    ('gaming notebook', 'product', 9, true),
    ('calculator', 'product', 9, true),
    ('калькулятор', 'product', 9, true),
    ('bilgisayar', 'product', 9, true),
    ('dizüstü', 'product', 9, true);

REVOKE ALL ON TABLE @extschema@.trademark, @extschema@.authorized_seller, @extschema@.trademark_term FROM PUBLIC;
GRANT SELECT ON TABLE @extschema@.trademark, @extschema@.authorized_seller, @extschema@.trademark_term TO PUBLIC;

-- registry management, as for the signer registry: SECURITY DEFINER with a
-- pinned search_path, EXECUTE granted by the DBA
CREATE FUNCTION @extschema@.trademark_add(mark text, holder text, nice_classes integer[], jurisdictions text[] DEFAULT NULL, registration_number text DEFAULT NULL, company_prefixes text[] DEFAULT NULL, ordinary_word boolean DEFAULT false, status text DEFAULT 'registered', aliases text[] DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    bad text;
BEGIN
    IF mark IS NULL OR btrim(mark) = '' OR @extschema@.brand_key(mark) = '' THEN
        RAISE EXCEPTION 'invalid mark: %', COALESCE(quote_literal(mark), 'NULL') USING ERRCODE = 'invalid_parameter_value',
            DETAIL = 'A word mark needs at least one letter or digit.';
    END IF;
    IF holder IS NULL OR btrim(holder) = '' THEN
        RAISE EXCEPTION 'holder must not be empty' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF nice_classes IS NULL OR cardinality(nice_classes) = 0 OR array_position(nice_classes, NULL) IS NOT NULL
       OR NOT (1 <= ALL (nice_classes) AND 45 >= ALL (nice_classes)) THEN
        RAISE EXCEPTION 'invalid Nice classes: %', COALESCE(nice_classes::text, 'NULL') USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Give one or more classes of the Nice Classification, 1 to 45.';
    END IF;
    SELECT j INTO bad FROM unnest(jurisdictions) j WHERE j IS NULL OR NOT @extschema@.country_is_valid(j) LIMIT 1;
    IF FOUND OR cardinality(jurisdictions) = 0 THEN
        RAISE EXCEPTION 'invalid jurisdiction: %', COALESCE(quote_literal(bad), 'NULL') USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Use ISO 3166-1 alpha-2 codes in upper case, such as KZ, or NULL for no restriction.';
    END IF;
    SELECT p INTO bad FROM unnest(company_prefixes) p WHERE p IS NULL OR p !~ '^[0-9]{4,12}$' LIMIT 1;
    IF FOUND OR cardinality(company_prefixes) = 0 THEN
        RAISE EXCEPTION 'invalid GS1 company prefix: %', COALESCE(quote_literal(bad), 'NULL') USING ERRCODE = 'invalid_parameter_value',
            DETAIL = 'A GS1 Company Prefix has 4 to 12 digits.';
    END IF;
    SELECT a INTO bad FROM unnest(aliases) a WHERE a IS NULL OR @extschema@.brand_key(a) = '' LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'invalid alias: %', COALESCE(quote_literal(bad), 'NULL') USING ERRCODE = 'invalid_parameter_value',
            DETAIL = 'An alias needs at least one letter or digit.';
    END IF;
    IF status IS NULL OR NOT status = ANY (ARRAY['registered', 'pending', 'expired', 'cancelled']) THEN
        RAISE EXCEPTION 'invalid trademark status: %', COALESCE(quote_literal(status), 'NULL') USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Statuses: registered, pending, expired, cancelled.';
    END IF;
    IF EXISTS (SELECT 1 FROM @extschema@.trademark t WHERE t.mark OPERATOR(pg_catalog.=) trademark_add.mark) THEN
        RAISE EXCEPTION 'trademark % is already registered', quote_literal(mark) USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO @extschema@.trademark (mark, holder, nice_classes, jurisdictions, registration_number, company_prefixes, status, ordinary_word, aliases)
    VALUES (mark, holder, nice_classes, jurisdictions, registration_number, company_prefixes, status, COALESCE(ordinary_word, false), NULLIF(aliases, '{}'));
END
$$;
COMMENT ON FUNCTION @extschema@.trademark_add(text, text, integer[], text[], text, text[], boolean, text, text[]) IS 'register a word mark for trademark_check: holder, Nice classes, jurisdictions (NULL: any), registration number, the holder''s GS1 company prefixes, whether it is also an everyday word, status, and other registered forms (aliases). EXECUTE is granted by the DBA.';

CREATE FUNCTION @extschema@.trademark_remove(mark text) RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    DELETE FROM @extschema@.trademark t WHERE t.mark OPERATOR(pg_catalog.=) trademark_remove.mark;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'trademark % does not exist', COALESCE(quote_literal(mark), 'NULL') USING ERRCODE = 'undefined_object';
    END IF;
    DELETE FROM @extschema@.authorized_seller a WHERE a.mark OPERATOR(pg_catalog.=) trademark_remove.mark;
END
$$;
COMMENT ON FUNCTION @extschema@.trademark_remove(text) IS 'remove a mark and its authorized sellers. EXECUTE is granted by the DBA.';

CREATE FUNCTION @extschema@.authorized_seller_add(mark text, seller text, jurisdiction text DEFAULT NULL, valid_from timestamptz DEFAULT NULL, valid_until timestamptz DEFAULT NULL, authorization_record @extschema@.signed_record DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM @extschema@.trademark t WHERE t.mark OPERATOR(pg_catalog.=) authorized_seller_add.mark) THEN
        RAISE EXCEPTION 'trademark % does not exist', COALESCE(quote_literal(mark), 'NULL') USING ERRCODE = 'undefined_object';
    END IF;
    IF seller IS NULL OR btrim(seller) = '' THEN
        RAISE EXCEPTION 'seller must not be empty' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT @extschema@.country_is_valid(jurisdiction) THEN
        RAISE EXCEPTION 'invalid jurisdiction: %', quote_literal(jurisdiction) USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Use an ISO 3166-1 alpha-2 code in upper case, or NULL for every jurisdiction of the mark.';
    END IF;
    IF valid_until <= valid_from THEN
        RAISE EXCEPTION 'valid_until (%) must be later than valid_from (%)', valid_until, valid_from USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF authorization_record IS NOT NULL AND (
        (authorization_record OPERATOR(@extschema@.->) 'mark') IS DISTINCT FROM to_jsonb(mark) OR
        (authorization_record OPERATOR(@extschema@.->) 'seller') IS DISTINCT FROM to_jsonb(seller)) THEN
        RAISE EXCEPTION 'the authorization record does not name this mark and seller' USING ERRCODE = 'invalid_parameter_value',
            DETAIL = 'Its claims "mark" and "seller" must equal the arguments.';
    END IF;
    IF EXISTS (SELECT 1 FROM @extschema@.authorized_seller a WHERE a.mark OPERATOR(pg_catalog.=) authorized_seller_add.mark
               AND a.seller OPERATOR(pg_catalog.=) authorized_seller_add.seller
               AND coalesce(a.jurisdiction, '') OPERATOR(pg_catalog.=) coalesce(authorized_seller_add.jurisdiction, '')) THEN
        RAISE EXCEPTION 'seller % is already authorized for % in %', quote_literal(seller), quote_literal(mark), COALESCE(jurisdiction, 'every jurisdiction')
            USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO @extschema@.authorized_seller (mark, seller, jurisdiction, valid_from, valid_until, authorization_record)
    VALUES (mark, seller, jurisdiction, valid_from, valid_until, authorization_record);
END
$$;
COMMENT ON FUNCTION @extschema@.authorized_seller_add(text, text, text, timestamptz, timestamptz, @extschema@.signed_record) IS 'authorize a seller to use a mark in a jurisdiction (NULL: all) for a period, optionally with the holder''s signed authorization (claims "mark" and "seller"; it counts only while it verifies through the trust store). EXECUTE is granted by the DBA.';

CREATE FUNCTION @extschema@.authorized_seller_remove(mark text, seller text, jurisdiction text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    DELETE FROM @extschema@.authorized_seller a WHERE a.mark OPERATOR(pg_catalog.=) authorized_seller_remove.mark
       AND a.seller OPERATOR(pg_catalog.=) authorized_seller_remove.seller
       AND coalesce(a.jurisdiction, '') OPERATOR(pg_catalog.=) coalesce(authorized_seller_remove.jurisdiction, '');
    IF NOT FOUND THEN
        RAISE EXCEPTION 'seller % is not authorized for % in %', COALESCE(quote_literal(seller), 'NULL'), COALESCE(quote_literal(mark), 'NULL'),
            COALESCE(jurisdiction, 'every jurisdiction') USING ERRCODE = 'undefined_object';
    END IF;
END
$$;
COMMENT ON FUNCTION @extschema@.authorized_seller_remove(text, text, text) IS 'withdraw a seller''s authorization for a mark in a jurisdiction (NULL: the one for all). EXECUTE is granted by the DBA.';

CREATE FUNCTION @extschema@.trademark_term_add(term text, kind text, nice_class integer DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF kind IS NULL OR NOT kind = ANY (ARRAY['cue', 'referential_before', 'referential_after', 'product', 'ordinary']) THEN
        RAISE EXCEPTION 'invalid term kind: %', COALESCE(quote_literal(kind), 'NULL') USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Kinds: cue, referential_before, referential_after, product, ordinary.';
    END IF;
    IF (kind = 'product') <> (nice_class IS NOT NULL) OR nice_class NOT BETWEEN 1 AND 45 THEN
        RAISE EXCEPTION 'a product term needs a Nice class (1 to 45), other terms none' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF term IS NULL OR btrim(term) = '' OR @extschema@.brand_key(term) = '' THEN
        RAISE EXCEPTION 'invalid term: %', COALESCE(quote_literal(term), 'NULL') USING ERRCODE = 'invalid_parameter_value',
            DETAIL = 'A term needs at least one letter or digit.';
    END IF;
    IF EXISTS (SELECT 1 FROM @extschema@.trademark_term t WHERE t.term OPERATOR(pg_catalog.=) trademark_term_add.term
               AND t.kind OPERATOR(pg_catalog.=) trademark_term_add.kind
               AND coalesce(t.nice_class, 0) OPERATOR(pg_catalog.=) coalesce(trademark_term_add.nice_class, 0)) THEN
        RAISE EXCEPTION 'term % (%) already exists', quote_literal(term), kind USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO @extschema@.trademark_term (term, kind, nice_class) VALUES (term, kind, nice_class);
END
$$;
COMMENT ON FUNCTION @extschema@.trademark_term_add(text, text, integer) IS 'add a counterfeit cue, a referential word (before or after a mark), a product word of a Nice class or an ordinary word (never read as a mark) to what trademark_check reads listings with. EXECUTE is granted by the DBA.';

REVOKE ALL ON FUNCTION @extschema@.trademark_add(text, text, integer[], text[], text, text[], boolean, text, text[]),
    @extschema@.trademark_remove(text),
    @extschema@.authorized_seller_add(text, text, text, timestamptz, timestamptz, @extschema@.signed_record),
    @extschema@.authorized_seller_remove(text, text, text),
    @extschema@.trademark_term_add(text, text, integer) FROM PUBLIC;

-- STABLE: reads the registry (query snapshot), provenance.trademark_threshold,
-- and through the trust store the signer tables and now()
CREATE FUNCTION @extschema@.trademark_check(listing text, seller text DEFAULT NULL, gtin @extschema@.gtin DEFAULT NULL, jurisdiction text DEFAULT NULL, nice_class integer DEFAULT NULL)
RETURNS TABLE (mark text, holder text, matched text, score real, match_kind text, referential boolean, counterfeit_cues text[], seller_authorized boolean, gtin_matches_holder boolean)
AS 'MODULE_PATHNAME', 'prov_trademark_check' LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 1;
COMMENT ON FUNCTION @extschema@.trademark_check(text, text, @extschema@.gtin, text, integer) IS 'the registered marks a listing names, seen through homoglyphs, transliteration, spacing and typos: one row per mark with the matched text, a score, match_kind (exact, spacing, homoglyph, transliteration, typo), referential use, counterfeit cue words, whether the seller is authorized and whether the GTIN is under the holder''s company prefixes; only matches scoring at least provenance.trademark_threshold';
