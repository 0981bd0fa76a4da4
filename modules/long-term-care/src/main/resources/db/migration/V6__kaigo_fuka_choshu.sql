-- 期別 (調定) of each version of a premium: how it is collected — 普通徴収 over the insurer's 納期 (介護保険法第133条), later
-- 特別徴収 from the pension (第131条・第135条・第140条) —, each 期 with its month, 納期限 and amount; for a 更正 each 期 before
-- and after (those already due unchanged, the rest split again), with what is due at once (随時) or to refund (過誤納), the
-- reasons and the 算定根拠 of the collection. Versions assessed before this migration have none (null).
ALTER TABLE kaigo_fuka ADD COLUMN choshu jsonb;
