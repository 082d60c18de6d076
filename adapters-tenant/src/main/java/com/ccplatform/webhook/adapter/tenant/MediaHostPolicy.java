package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.domain.media.MediaFailure;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SSRF guard for attachment downloads ({@code MEDIA_ALLOWED_HOSTS}): only http(s) URLs without user info, to a
 * listed host and port, and (for hosts matched by a wildcard) only when no address the name resolves to is internal.
 */
public final class MediaHostPolicy {

    /** Genesys Cloud's regional API and download domains (genesys-wire-facts.md). */
    public static final String GENESYS_CLOUD_HOSTS = "*.mypurecloud.com, *.mypurecloud.ie, *.mypurecloud.de, "
            + "*.mypurecloud.jp, *.mypurecloud.com.au, *.pure.cloud";

    private final List<AllowedHost> allowed;

    private MediaHostPolicy(List<AllowedHost> allowed) {
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("lists no host");
        }
        this.allowed = List.copyOf(allowed);
    }

    /** Reads a comma-separated list of entries; see {@link AllowedHost} for their forms. */
    public static MediaHostPolicy parse(String commaSeparated) {
        return new MediaHostPolicy(Arrays.stream(commaSeparated.split(",")).map(String::trim)
                .filter(e -> !e.isEmpty()).map(AllowedHost::parse).toList());
    }

    public static MediaHostPolicy genesysCloud() {
        return parse(GENESYS_CLOUD_HOSTS);
    }

    /** The entries as understood, for the startup log. */
    public List<String> entries() {
        return allowed.stream().map(AllowedHost::toString).toList();
    }

    /** The entry a URL falls under, judged on its text alone (no DNS); empty when none or not an http(s) URL. */
    Optional<AllowedHost> match(URI url) {
        if (!url.isAbsolute() || url.getHost() == null || url.getRawUserInfo() != null) {
            return Optional.empty();
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.empty();
        }
        return allowed.stream().filter(entry -> entry.matches(url)).findFirst();
    }

    /**
     * The URL to fetch, once it passed every check. A host listed by exact name may resolve anywhere; one admitted by
     * a wildcard must not resolve to any internal address. The HTTP client resolves the name again when it connects,
     * which leaves a DNS rebinding window between the two lookups (narrowed by the JVM's own DNS cache).
     *
     * @throws MediaTransferException HOST_NOT_ALLOWED when a check fails, DOWNLOAD_FAILED when the name does not resolve
     */
    URI admit(String url, HostResolver resolver) throws MediaTransferException {
        URI uri = parseUrl(url);
        AllowedHost entry = match(uri).orElseThrow(() -> refused("URL scheme, user info, host or port not allowed"));
        if (entry.wildcard()) {
            checkAddresses(uri.getHost(), resolver);
        }
        return uri;
    }

    private static URI parseUrl(String url) throws MediaTransferException {
        try {
            return new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw refused("not a valid URL");
        }
    }

    /** Refuses a host any of whose addresses is internal; a name that does not resolve fails the download. */
    static void checkAddresses(String host, HostResolver resolver) throws MediaTransferException {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(AllowedHost.normalise(host));
        } catch (UnknownHostException e) {
            throw new MediaTransferException(MediaFailure.DOWNLOAD_FAILED, "media host does not resolve");
        }
        for (InetAddress address : addresses) {
            if (InternalAddresses.isInternal(address)) {
                throw refused("media host resolves to an internal address");
            }
        }
    }

    static MediaTransferException refused(String why) {
        return new MediaTransferException(MediaFailure.HOST_NOT_ALLOWED, why);
    }

    @Override
    public String toString() {
        return "MediaHostPolicy" + entries();
    }
}
