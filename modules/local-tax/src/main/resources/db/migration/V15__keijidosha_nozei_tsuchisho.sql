-- 軽自動車税（種別割）の納税通知書 in the service's one 交付履歴 and 発行番号 sequence (shomei_kofu / shomei_saiban):
-- the form list grows by one. For a keijidosha notice, fuka_version is the version of keijidosha_fuka.
ALTER TABLE shomei_kofu DROP CONSTRAINT shomei_kofu_yoshiki_check;
ALTER TABLE shomei_kofu ADD CONSTRAINT shomei_kofu_yoshiki_check
    CHECK (yoshiki IN ('shotoku-kazei-shomeisho', 'nozei-tsuchisho', 'keijidosha-nozei-tsuchisho'));
