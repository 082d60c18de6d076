package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.application.port.out.MediaTransferException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a download may go when it is redirected: to a host of {@code MEDIA_ALLOWED_HOSTS}; else, when
 * {@code MEDIA_REDIRECT_ALLOWED_HOSTS} is set, only to one of its hosts; else to any host over https on port 443. A
 * name not listed exactly must not resolve to an internal address, just as for the first URL ({@link MediaHostPolicy}).
 */
final class RedirectPolicy {

    private final MediaHostPolicy downloadHosts;
    private final Optional<MediaHostPolicy> redirectHosts;
    private final HostResolver resolver;

    RedirectPolicy(MediaHostPolicy downloadHosts, Optional<MediaHostPolicy> redirectHosts, HostResolver resolver) {
        this.downloadHosts = downloadHosts;
        this.redirectHosts = redirectHosts;
        this.resolver = resolver;
    }

    /**
     * The redirect target, once it passed every check.
     *
     * @throws MediaTransferException HOST_NOT_ALLOWED when a check fails, DOWNLOAD_FAILED when the name does not resolve
     */
    URI admit(URI target) throws MediaTransferException {
        Optional<AllowedHost> listed = downloadHosts.match(target)
                .or(() -> redirectHosts.flatMap(hosts -> hosts.match(target)));
        if (listed.isPresent()) {
            if (listed.get().wildcard()) {
                MediaHostPolicy.checkAddresses(target.getHost(), resolver);
            }
            return target;
        }
        if (redirectHosts.isPresent()) {
            throw MediaHostPolicy.refused("redirect to a host outside MEDIA_REDIRECT_ALLOWED_HOSTS");
        }
        if (!isHttpsOnItsDefaultPort(target)) {
            throw MediaHostPolicy.refused("redirect to an unlisted host that is not https on port 443");
        }
        MediaHostPolicy.checkAddresses(target.getHost(), resolver);
        return target;
    }

    private static boolean isHttpsOnItsDefaultPort(URI target) {
        return target.isAbsolute() && target.getHost() != null && target.getRawUserInfo() == null
                && target.getScheme().toLowerCase(Locale.ROOT).equals("https")
                && (target.getPort() == -1 || target.getPort() == 443);
    }
}
