package jp.kikan.jumin.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeysTest {

    @Test
    void shouldFoldKanaWidthScriptAndVu() {
        assertThat(SearchKeys.kana("ﾔﾏﾀﾞ ﾀﾛｳ")).isEqualTo(SearchKeys.kana("やまだ　たろう")).isEqualTo("ヤマダタロウ");
        assertThat(SearchKeys.kana("ヴィクトル")).isEqualTo(SearchKeys.kana("ビクトル"));
        assertThat(SearchKeys.kana("ヴ")).isEqualTo("ブ");
        assertThat(SearchKeys.kana("キョウコ")).isEqualTo(SearchKeys.kana("キヨウコ"));
    }

    @Test
    void shouldFoldVariantCharactersAndDropVariationSelectors() {
        assertThat(SearchKeys.shimei("髙橋")).isEqualTo("高橋");
        assertThat(SearchKeys.shimei("𠮷田")).isEqualTo("吉田");
        assertThat(SearchKeys.shimei("渡邉　一")).isEqualTo("渡辺一");
        assertThat(SearchKeys.shimei("辻\uDB40\uDD00")).isEqualTo("辻");
    }
}
