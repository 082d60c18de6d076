package com.ccplatform.violations.adapter.embedded;

/** A stand-in of the quick start, which only the wiring that chooses it may reach. */
public class StandIn {
}
