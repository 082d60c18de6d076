package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.domain.media.MediaFailure;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The way one download takes: its first URL, then at most {@value #MAX_REDIRECTS} redirects, each target resolved
 * against the URL that sent it, admitted by the {@link RedirectPolicy} and never one already fetched (a loop).
 */
final class DownloadHops {

    /** Genesys's download endpoint redirects once, to a signed storage URL; three leaves room for a CDN hop. */
    static final int MAX_REDIRECTS = 3;

    private final RedirectPolicy policy;
    private final Set<URI> fetched = new HashSet<>();
    private URI current;
    private int redirects;

    DownloadHops(RedirectPolicy policy, URI first) {
        this.policy = policy;
        this.current = first;
        fetched.add(first);
    }

    /** The statuses followed, each with a GET: 301, 302, 303, 307 and 308. */
    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /**
     * The URL a redirect sends the download to next.
     *
     * @throws MediaTransferException DOWNLOAD_FAILED past the hop limit, on a loop or without a usable Location;
     *                                HOST_NOT_ALLOWED (or DOWNLOAD_FAILED) as {@link RedirectPolicy#admit} decides
     */
    URI follow(Optional<String> location) throws MediaTransferException {
        if (redirects == MAX_REDIRECTS) {
            throw failed("more than " + MAX_REDIRECTS + " redirects");
        }
        String where = location.map(String::trim).filter(l -> !l.isEmpty())
                .orElseThrow(() -> failed("redirect without a Location"));
        URI target = resolve(current, where);
        if (fetched.contains(target)) {
            throw failed("redirect loop");
        }
        policy.admit(target);
        fetched.add(target);
        redirects++;
        current = target;
        return target;
    }

    /** How many redirects were followed so far. */
    int redirects() {
        return redirects;
    }

    private static URI resolve(URI base, String location) throws MediaTransferException {
        try {
            // URI.resolve mishandles a base without a path ("https://h" + "x" gives "https://hx")
            URI from = base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
            String target = from.resolve(new URI(location)).toString();
            int fragment = target.indexOf('#');
            // a fragment is never sent; cut as text, since URI's constructors would encode the signature's escapes again
            return new URI(fragment >= 0 ? target.substring(0, fragment) : target);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw MediaHostPolicy.refused("redirect Location is not a valid URL");
        }
    }

    private static MediaTransferException failed(String why) {
        return new MediaTransferException(MediaFailure.DOWNLOAD_FAILED, why);
    }
}
