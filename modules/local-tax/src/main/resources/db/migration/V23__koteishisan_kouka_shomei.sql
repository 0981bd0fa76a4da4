-- 公課証明書 joins the forms of the 固定資産税 交付履歴.
ALTER TABLE koteishisan_shomei_kofu DROP CONSTRAINT koteishisan_shomei_kofu_yoshiki_check;
ALTER TABLE koteishisan_shomei_kofu ADD CONSTRAINT koteishisan_shomei_kofu_yoshiki_check
    CHECK (yoshiki IN ('kazei-meisaisho', 'hyoka-shomeisho', 'kouka-shomeisho'));
