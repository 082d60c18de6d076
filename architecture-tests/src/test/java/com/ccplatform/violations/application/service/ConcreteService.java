package com.ccplatform.violations.application.service;

import com.ccplatform.violations.adapter.http.HttpThing;
import com.ccplatform.violations.domain.a.LeakyEvent;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An application class that uses a third-party library and an adapter directly. */
public class ConcreteService {
    public ObjectMapper mapper;
    public HttpThing adapter;
    public LeakyEvent event;
}
