# Build: docker build -t asyncio-answers .
# Run:   docker run -p 8080:8080 -e TELEGRAM_BOT_TOKEN=... -v "$PWD/notes:/app/notes" asyncio-answers
# Every setting is an environment variable (see README): e.g. -e PORT=9090 -e LOG_FORMAT=json

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# Dependencies get their own layer, so editing the sources does not download them again.
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
# curl serves only the HEALTHCHECK below.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system app \
    && useradd --system --gid app --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /build/target/asyncio-answers.jar /app/asyncio-answers.jar
COPY config /app/config
COPY notes /app/notes
# The embedding runtime unpacks native libraries at start: /app/cache is its writable folder
# (EMBEDDING_CACHE_DIR), also with a read-only root file system when mounted as a tmpfs.
# /app/data holds the query log (DATA_DIR).
RUN mkdir -p /app/index /app/cache /app/data && chown -R app:app /app/notes /app/index /app/cache /app/data
USER app
ENV NOTES_DIR=/app/notes \
    INDEX_DIR=/app/index \
    HOST=0.0.0.0 \
    PORT=8080 \
    EMBEDDING_CACHE_DIR=/app/cache \
    DATA_DIR=/app/data
EXPOSE 8080
VOLUME ["/app/notes", "/app/index", "/app/data"]
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${PORT}/health" || exit 1
# docker stop sends SIGTERM: the shutdown hook stops accepting, finishes requests in flight for at
# most SHUTDOWN_TIMEOUT (default 10 s) and closes the index: give it a longer grace (docker stop -t 15).
ENTRYPOINT ["java", "@/app/config/jvm.options", "-jar", "/app/asyncio-answers.jar"]
CMD ["serve"]
