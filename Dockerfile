# policygen in a container: one static binary on a minimal base. The fonts are inside the
# binary, so the image needs nothing else.
#
#   docker build -t policygen .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/work" policygen build company.yaml
#
# A release passes its version: docker build --build-arg VERSION=1.2.0 -t policygen:1.2.0 .
# (cmd/policygen/dockerfile_test.go runs the build line below and the binary it makes.)

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w -X github.com/policygen/policygen/internal/version.release=${VERSION}" -o /out/policygen ./cmd/policygen

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/policygen /usr/local/bin/policygen
COPY LICENSE NOTICE /usr/share/doc/policygen/
WORKDIR /work
ENTRYPOINT ["policygen"]
CMD ["--help"]
