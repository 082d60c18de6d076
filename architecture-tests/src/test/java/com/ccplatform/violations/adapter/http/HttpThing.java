package com.ccplatform.violations.adapter.http;

/** An adapter other classes should not reach. */
public class HttpThing {
}
