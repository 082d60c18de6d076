package com.ccplatform.violations.domain.b;

import com.ccplatform.violations.domain.a.LeakyEvent;

/** Closes a cycle between two domain packages. */
public class Other {
    public LeakyEvent back;
}
