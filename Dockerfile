# genesys-webhook-service (FRD 10.3.1), built from source in a JDK 17 stage (the jar is Java 17 bytecode) and run on
# a Java 25 JRE with an AOT cache trained at build time (see below).
#   docker build -t genesys-webhook-service:1.2 .
#   docker run -p 8000:8000 --env-file .env genesys-webhook-service:1.2
# Base images are meant to be pinned by digest with the tag kept readable (FROM eclipse-temurin:25-jre@sha256:...), so
# a rebuild gets the bytes that were tested: deploy/pin-base-images resolves the tags and rewrites these FROM lines
# (README, "Operations"). Until someone runs it where a registry is reachable, they follow the tags.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -q -DskipTests package

# The runtime is Java 25, not 17, for its AOT cache (JEPs 483, 514, 515): a pod starts with the classes of the
# webhook path already loaded and linked and the JIT compiling it from profiles gathered in training, instead of
# learning both under its first live traffic. Measured by the load benchmark (issue 15, 2-core machine, runs
# interleaved): with the service pinned to one core, as under the pod's CPU limit, /ready after 1.4-1.8 s instead of
# 2.8 s on JDK 17, 1,435-1,696 req/s over the first 20 s instead of 1,370-1,484, and 244-286 us of CPU per request at
# max rate instead of 323-343. Sharing both cores with the broker and the load, JDK 17 kept a higher max rate
# (3,273-3,902/s against 2,485-3,281/s) and the first 20 s were level (about 2,000/s); /ready 0.8-1.1 s against 1.8 s.
FROM eclipse-temurin:25-jre
# No curl and no HEALTHCHECK: Kubernetes ignores a Docker HEALTHCHECK and asks /live and /ready itself
# (deploy/kubernetes), and a check run by a second JVM would cost tens of MiB and a CPU-second every interval in a
# pod sized at 256 MiB. The uid and gid are fixed because the pod's securityContext names them (runAsUser 10001).
RUN groupadd --system --gid 10001 webhook \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --shell /usr/sbin/nologin webhook
WORKDIR /app
COPY --from=build /src/bootstrap/target/genesys-webhook-service.jar /app/genesys-webhook-service.jar
EXPOSE 8000
# The image is for production: it refuses to start without its real dependencies (RabbitMQ, MinIO, the Tenant and
# Auth services) rather than fall back to an embedded stand-in. The quick start runs the jar, not the image.
ENV ENVIRONMENT=production
# The Kubernetes request is 256 MiB (deploy/kubernetes): the heap, metaspace and code cache at their caps (96 + 96 +
# 64 MiB); MemoryBudgetTest checks the manifests against these options. Measured by the load benchmark at 1,000 req/s:
# with a 128 MiB heap the process peaked at 247 MiB RSS (too close); with these options, 230 MiB, heap use peaking at
# 68 MiB. The JVM writes only to /tmp (hsperfdata, temporary files): the pod mounts an emptyDir there, since its root
# filesystem is read-only.
# glibc gives each thread that allocates its own malloc arena (up to 8 per core), and keeps what it freed: under the
# overload benchmark (2x the max rate, 1,024 connections) RSS reached 261 MiB with the default, 244 MiB with two
# (JDK 17). On this JRE with the AOT cache the overload peak was 238-248 MiB; a cache trained with the embedded broker
# in the same JVM (2,000 more classes, all loaded at start) made it 268 MiB, hence TrainingPeers.
ENV MALLOC_ARENA_MAX=2
ENV JAVA_OPTS="-Xms96m -Xmx96m -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
# The AOT cache: the service's own training run (AotTraining) starts it against a broker and a Tenant Service of its
# own in a child process (TrainingPeers), so nothing outside the build is needed and none of their classes is cached,
# sends it the production mix of webhooks over loopback for 30 s and exits, and the JVM writes the cache. It fails the build if any shape is not answered as production answers it. The cache belongs to this
# JRE and this jar: both are in this image, and a JVM that cannot use it starts without it (AOTMode auto).
RUN java $JAVA_OPTS -XX:AOTCacheOutput=/app/genesys-webhook-service.aot -cp /app/genesys-webhook-service.jar \
        com.ccplatform.webhook.bootstrap.AotTraining 30 > /tmp/aot-training.log 2>&1 \
    || { tail -n 40 /tmp/aot-training.log; exit 1; }; \
    grep '^aot-training:' /tmp/aot-training.log; rm -rf /tmp/aot-training.log /tmp/aot-training*
USER 10001:10001
ENV AOT_OPTS="-XX:AOTCache=/app/genesys-webhook-service.aot"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS $AOT_OPTS -jar /app/genesys-webhook-service.jar"]
