package com.shiftledger.app.partner;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a partner's webhooks may go: an absolute {@code https} URL (no user info, no fragment) whose host resolves
 * only to public addresses, never to a loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
 * (169.254/16, fe80::/10, which holds the cloud metadata address 169.254.169.254), shared CGNAT (100.64/10),
 * unspecified, "this network" (0/8), reserved (240/4), multicast or AWS IPv6 metadata ({@code fd00:ec2::254})
 * address, so that a partner cannot make the platform call into its own network. Checked at registration and again
 * before each delivery attempt, since DNS can change. With {@code shiftledger.partner.allow-private-webhook-urls}
 * (the embedded default and the tests) any address and plain {@code http} are allowed.
 */
final class WebhookUrlPolicy {

    static final int MAX_LENGTH = 2000;

    /** Resolves a host name to its addresses, as {@link InetAddress#getAllByName(String)} does. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    WebhookUrlPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Why the URL is refused (a sentence for the admin or the delivery log), or empty when webhooks may go there. */
    Optional<String> refusal(String url) {
        Optional<URI> parsed = parse(url);
        if (parsed.isEmpty()) {
            return Optional.of("The webhook url must be an absolute http or https URL of at most " + MAX_LENGTH
                    + " characters, without user info or fragment.");
        }
        URI uri = parsed.get();
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            return Optional.of("The webhook url must use https.");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        return refusalOfHost(hostOf(uri));
    }

    private Optional<String> refusalOfHost(String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException | SecurityException e) {
            return Optional.of("The webhook url's host " + host + " cannot be resolved.");
        }
        if (addresses == null || addresses.length == 0) {
            return Optional.of("The webhook url's host " + host + " cannot be resolved.");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("The webhook url's host " + host + " resolves to " + address.getHostAddress()
                        + ", a loopback, private, link-local or otherwise non-public address.");
            }
        }
        return Optional.empty();
    }

    private static Optional<URI> parse(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.isOpaque() || uri.getScheme() == null || uri.getRawUserInfo() != null
                    || uri.getRawFragment() != null || uri.getHost() == null || uri.getHost().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The host as a resolver takes it: an IPv6 literal without its brackets. */
    private static String hostOf(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            return isPublicIpv6(bytes);
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] bytes) {
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        boolean thisNetwork = first == 0;
        boolean sharedCgnat = first == 100 && (second & 0xc0) == 64;
        boolean reserved = first >= 240;
        return !(thisNetwork || sharedCgnat || reserved);
    }

    private static boolean isPublicIpv6(byte[] bytes) {
        boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
        if (uniqueLocal) {
            return false;
        }
        // an IPv4 address carried inside IPv6 (IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::a.b.c.d) is judged as IPv4
        if (isIpv4Compatible(bytes) || isNat64(bytes)) {
            byte[] ipv4 = {bytes[12], bytes[13], bytes[14], bytes[15]};
            try {
                return isPublic(InetAddress.getByAddress(ipv4));
            } catch (UnknownHostException impossible) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv4Compatible(byte[] bytes) {
        for (int i = 0; i < 12; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNat64(byte[] bytes) {
        if ((bytes[0] & 0xff) != 0x00 || (bytes[1] & 0xff) != 0x64 || (bytes[2] & 0xff) != 0xff
                || (bytes[3] & 0xff) != 0x9b) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
