-- The 前年度課税標準額 of a parcel (負担調整措置, 地方税法附則第18条) is its 課税標準 in the previous 年度's assessment of
-- whoever held it then (KoteishisanFukaStore.tochiKazei): found through the numbers of the parcels each assessment
-- holds, instead of reading every assessment of the municipality for each parcel of an annual run.
CREATE INDEX koteishisan_fuka_tochi_id ON koteishisan_fuka
    USING gin ((jsonb_path_query_array(kekka, '$.tochi[*].tochi_id')) jsonb_path_ops);
