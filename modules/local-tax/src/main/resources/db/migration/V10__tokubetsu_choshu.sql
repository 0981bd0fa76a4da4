-- 給与所得に係る特別徴収 (地方税法第321条の3・第321条の4): the 給与支払報告書 names the employer's 特別徴収義務者指定番号
-- and, when the employer does not collect from the salary, the 普通徴収切替理由 (全国統一 criteria A–F). Rows imported
-- before this migration have neither: they are taken as 特別徴収 by the employer named in shiharaisha_meisho.
ALTER TABLE kyuyo_hokoku ADD COLUMN shiteibango text;
ALTER TABLE kyuyo_hokoku ADD COLUMN futsu_choshu_riyu text CHECK (futsu_choshu_riyu IN ('A', 'B', 'C', 'D', 'E', 'F'));

-- The 特別徴収税額の通知 of one employer: the latest assessment version of each employee collected by it.
CREATE INDEX fuka_tokubetsu_choshu_idx ON fuka (lg_code, nendo, (choshu -> 'tokubetsu_choshu_gimusha' ->> 'kagi'))
    WHERE choshu ->> 'hoho' = 'kyuyo_tokubetsu_choshu';
