# genesys-webhook-service (FRD 10.3.1), built from source in a JDK stage and run on a JRE.
#   docker build -t genesys-webhook-service:1.2 .
#   docker run -p 8000:8000 --env-file .env genesys-webhook-service:1.2
# Base images are meant to be pinned by digest with the tag kept readable (FROM eclipse-temurin:17-jre@sha256:...), so
# a rebuild gets the bytes that were tested: deploy/pin-base-images resolves the tags and rewrites these FROM lines
# (README, "Operations"). Until someone runs it where a registry is reachable, they follow the tags.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
# No curl and no HEALTHCHECK: Kubernetes ignores a Docker HEALTHCHECK and asks /live and /ready itself
# (deploy/kubernetes), and a check run by a second JVM would cost tens of MiB and a CPU-second every interval in a
# pod sized at 256 MiB. The uid and gid are fixed because the pod's securityContext names them (runAsUser 10001).
RUN groupadd --system --gid 10001 webhook \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --shell /usr/sbin/nologin webhook
WORKDIR /app
COPY --from=build /src/bootstrap/target/genesys-webhook-service.jar /app/genesys-webhook-service.jar
USER 10001:10001
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
# overload benchmark (2x the max rate, 1,024 connections) RSS reached 261 MiB with the default, 244 MiB with two.
ENV MALLOC_ARENA_MAX=2
ENV JAVA_OPTS="-Xms96m -Xmx96m -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/genesys-webhook-service.jar"]
