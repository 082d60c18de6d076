/** Classes that break every architecture rule on purpose, so the rules are proven to bite. Never production code. */
package com.ccplatform.violations;
