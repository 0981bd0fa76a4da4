package jp.kikan.jumin.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.jumin.domain.policy.ZokugaraPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZokugaraPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"世帯主", "妻", "夫（未届）", "子", "子の妻", "子の子", "子の子の子の子", "妻の父", "縁故者", "同居人", "夫(未届)"})
    void shouldAcceptTheStandardForms(String z) {
        assertThat(ZokugaraPolicy.isAllowed(z)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"孫", "祖父", "祖母", "おじ", "甥", "姪", "家事使用人", "子の子の子の子の子", "準世帯主", "", "妻の"})
    void shouldRejectFormsTheStandardDoesNotAllow(String z) {
        assertThat(ZokugaraPolicy.isAllowed(z)).isFalse();
    }
}
