package com.ccplatform.violations.misc;

/** A class that belongs to no layer. */
public class Stray {
}
