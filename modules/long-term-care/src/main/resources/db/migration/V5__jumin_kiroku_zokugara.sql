-- The resident records feed's changes are kept by the platform's JuminStore (platform-quarkus, the same for every
-- consuming service): it also records the 続柄 and the 処理年月日 of each change, as health insurance always did.
-- Nullable: the changes taken before this version did not keep them (their item column still holds both).
ALTER TABLE jumin_kiroku ADD COLUMN zokugara text;
ALTER TABLE jumin_kiroku ADD COLUMN shorinengappi date;
