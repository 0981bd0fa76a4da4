-- 期別 (調定) of each version of a household's assessment: the instalments by the municipality's 納期 (地方税法第706条),
-- and for a 更正 each instalment before and after (those already due unchanged, the rest split again), with what is
-- due at once (随時) or to be refunded (過誤納). Versions assessed before this migration have none (null).
ALTER TABLE kokuho_fuka ADD COLUMN kibetsu jsonb;
ALTER TABLE kokuho_fuka ADD COLUMN kosei jsonb;
