# syntax=docker/dockerfile:1
#
# casebot: a static binary in a distroless image, running as non-root.
#
#   docker build -t casebot .
#   docker run --rm -e DISCORD_TOKEN=... -v casebot-cache:/data casebot
#
# The default corpus is embedded in the binary. To serve your own articles,
# mount a folder and point CASEBOT_CORPUS at it:
#
#   docker run --rm -e DISCORD_TOKEN=... -e CASEBOT_CORPUS=/corpus \
#     -v "$PWD/articles:/corpus:ro" -v casebot-cache:/data casebot

ARG GO_VERSION=1.26

# ---- build ----
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src

# Modules first, so the download layer is cached until go.mod changes.
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download

COPY . .
ARG TARGETOS TARGETARCH
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=${TARGETOS:-linux} GOARCH=${TARGETARCH} \
    go build -trimpath -buildvcs=false -ldflags="-s -w" -o /out/casebot . \
 && mkdir -p /out/data

# ---- run ----
# distroless/static: no shell, no package manager; CA certificates, tzdata
# and a "nonroot" user (uid 65532) included.
FROM gcr.io/distroless/static-debian12:nonroot

COPY --from=build /out/casebot /casebot
# The cache folder belongs to the non-root user; a named volume mounted
# there starts with this ownership.
COPY --from=build --chown=65532:65532 /out/data /data

# Embedding vectors and the feedback database (votes) both live in /data.
ENV CASEBOT_CACHE_DIR=/data \
    CASEBOT_DATA_DIR=/data \
    CASEBOT_HEALTH_ADDR=0.0.0.0:8080 \
    CASEBOT_LOG_FORMAT=json

VOLUME ["/data"]
# /healthz and /metrics (Prometheus). The image has no shell or curl, so the
# health check is casebot itself asking its own /healthz.
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["/casebot", "healthcheck"]
USER 65532:65532

ENTRYPOINT ["/casebot"]
CMD ["serve"]
