# Build: docker build -t asyncio-answers .
# Run:   docker run -p 8080:8080 -v "$PWD/notes:/app/notes" asyncio-answers
# Settings are environment variables (see README): e.g. -e PORT=9090 -e TELEGRAM_BOT_TOKEN=...

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
RUN mkdir -p /app/index && chown -R app:app /app/notes /app/index
USER app
ENV NOTES_DIR=/app/notes \
    INDEX_DIR=/app/index \
    HOST=0.0.0.0 \
    PORT=8080
EXPOSE 8080
VOLUME ["/app/notes", "/app/index"]
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${PORT}/health" || exit 1
ENTRYPOINT ["java", "-jar", "/app/asyncio-answers.jar"]
CMD ["serve"]
