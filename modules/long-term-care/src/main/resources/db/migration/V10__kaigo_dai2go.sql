-- 第2号被保険者 (介護保険法第9条第2号: 40歳以上65歳未満の医療保険加入者), recorded when the person applies for a
-- 要介護・要支援認定: each history entry carries its 被保険者区分 (the annual 賦課 reads the 第1号 entries alone: a 第2号
-- pays no premium to the municipality, 第129条第4項), and a 第2号 entry names the application it came from. The
-- application keeps the 医療保険者 and the 特定疾病 (施行令第2条) it named. Existing rows are 第1号 (the only kind so far).
ALTER TABLE shikaku_rireki
    ADD COLUMN hihokensha_kubun text NOT NULL DEFAULT 'dai1go' CHECK (hihokensha_kubun IN ('dai1go', 'dai2go')),
    ADD COLUMN nintei_shinsei_id bigint REFERENCES nintei_shinsei (shinsei_id);

ALTER TABLE nintei_shinsei
    ADD COLUMN hihokensha_kubun text NOT NULL DEFAULT 'dai1go' CHECK (hihokensha_kubun IN ('dai1go', 'dai2go')),
    ADD COLUMN iryo_hokensha_mei text,
    ADD COLUMN iryo_hokensha_bango text CHECK (iryo_hokensha_bango ~ '^[0-9]{6}([0-9]{2})?$'),
    ADD COLUMN iryo_hoken_kigo_bango text,
    ADD COLUMN tokutei_shippei text,
    ADD CONSTRAINT nintei_shinsei_dai2go CHECK (hihokensha_kubun = 'dai1go'
        OR (iryo_hokensha_mei IS NOT NULL AND tokutei_shippei IS NOT NULL));
