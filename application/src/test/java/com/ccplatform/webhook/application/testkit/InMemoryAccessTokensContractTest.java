package com.ccplatform.webhook.application.testkit;

import com.ccplatform.webhook.application.port.out.AccessTokens;

class InMemoryAccessTokensContractTest extends AccessTokensContract {

    @Override
    protected AccessTokens availableTokens() {
        return new InMemoryAccessTokens();
    }

    @Override
    protected AccessTokens unavailableTokens() {
        InMemoryAccessTokens tokens = new InMemoryAccessTokens();
        tokens.makeUnavailable(true);
        return tokens;
    }
}
