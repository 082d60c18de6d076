package com.ccplatform.webhook.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Tenant Service's `status` as the domain reads it (issue 14, item 5). */
class TenantStatusTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void readsARecordWithoutStatusAsActive(String status) {
        assertThat(TenantStatus.fromWire(status)).isEqualTo(TenantStatus.ACTIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"active", "ACTIVE", "Active", " active "})
    void readsActiveInAnyCaseAsActive(String status) {
        assertThat(TenantStatus.fromWire(status)).isEqualTo(TenantStatus.ACTIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"inactive", "suspended", "disabled", "deleted", "pending", "activ", "active-ish", "true"})
    void readsEveryOtherValueAsInactive(String status) {
        assertThat(TenantStatus.fromWire(status)).isEqualTo(TenantStatus.INACTIVE);
    }
}
