package dev.reportflow.web.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dev.reportflow.text.SafeText;
import dev.reportflow.web.i18n.Messages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in with the organisation's OpenID Connect provider: {@code GET /login/oidc} sends the
 * browser to the provider (authorization code flow, PKCE S256, state and nonce), and
 * {@code GET /login/oidc/callback} takes the code back, exchanges it at the provider's token
 * endpoint, validates the ID token (signature by the provider's published keys, issuer, audience,
 * expiry, nonce) with the Nimbus SDK, maps its groups claim to a login ({@link OidcSettings#user})
 * and starts the same session as a password sign-in. The state travels in an HttpOnly cookie as
 * well, so that a callback another browser was lured into finishes nothing.
 */
public final class OidcRoutes {

    public static final String PATH = "/login/oidc";
    public static final String CALLBACK = PATH + "/callback";
    static final String STATE_COOKIE = "reportflow_oidc";
    private static final Duration PENDING_FOR = Duration.ofMinutes(10);
    private static final int MAX_PENDING = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(OidcRoutes.class);

    private record Pending(Nonce nonce, CodeVerifier verifier, String next, Instant started) {
    }

    private final OidcSettings settings;
    private final LoginRoutes logins;
    private final boolean behindTlsProxy;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private volatile OIDCProviderMetadata provider;

    public OidcRoutes(OidcSettings settings, LoginRoutes logins, boolean behindTlsProxy, Clock clock) {
        this.settings = settings;
        this.logins = logins;
        this.behindTlsProxy = behindTlsProxy;
        this.clock = clock;
    }

    public void addTo(RoutesConfig routes) {
        routes.get(PATH, this::start, Access.PUBLIC);
        routes.get(CALLBACK, this::callback, Access.PUBLIC);
    }

    private void start(Context ctx) throws IOException, GeneralException {
        forgetExpired();
        if (pending.size() >= MAX_PENDING) {
            logins.page(ctx, 503, "login.sso.busy");
            return;
        }
        OIDCProviderMetadata metadata = provider();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        pending.put(state.getValue(), new Pending(nonce, verifier, LoginRoutes.localPath(ctx.queryParam("next")), clock.instant()));
        URI authorize = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile"),
                new ClientID(settings.clientId()), settings.redirectUri())
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256)
                .build().toURI();
        // Lax, not Strict: the browser comes back to the callback from the provider's site.
        ctx.cookie(new Cookie(STATE_COOKIE, state.getValue(), CALLBACK, (int) PENDING_FOR.toSeconds(), secure(ctx), true, null,
                SameSite.LAX));
        ctx.redirect(authorize.toString());
    }

    private void callback(Context ctx) throws Exception {
        AuthenticationResponse response = AuthenticationResponseParser.parse(URI.create(ctx.fullUrl()));
        State state = response.getState();
        Pending started = state == null ? null : pending.remove(state.getValue());
        ctx.cookie(new Cookie(STATE_COOKIE, "", CALLBACK, 0, secure(ctx), true, null, SameSite.LAX));
        if (started == null || !state.getValue().equals(ctx.cookie(STATE_COOKIE))
                || started.started().plus(PENDING_FOR).isBefore(clock.instant())) {
            logins.page(ctx, 400, "login.sso.state");
            return;
        }
        if (!response.indicatesSuccess()) {
            LOG.info("The identity provider refused a sign-in: {}", SafeText.line(String.valueOf(
                    response.toErrorResponse().getErrorObject().getCode())));
            logins.page(ctx, 401, "login.sso.refused");
            return;
        }
        Optional<IDTokenClaimsSet> claims = idToken(response.toSuccessResponse().getAuthorizationCode(), started);
        if (claims.isEmpty()) {
            logins.page(ctx, 401, "login.sso.refused");
            return;
        }
        String name = Optional.ofNullable(claims.get().getStringClaim("preferred_username")).orElse(claims.get().getSubject().getValue());
        Optional<User> user = settings.user(name, groups(claims.get().getClaim(settings.claim())));
        if (user.isEmpty()) {
            LOG.info("{} signed in at the provider but their groups make no reportflow login", SafeText.line(name));
            logins.page(ctx, 403, "login.sso.noRole");
            return;
        }
        LOG.info("{} signed in with OpenID Connect as {}", SafeText.line(name), user.get().role().id());
        logins.startSession(ctx, user.get());
        // A page, not a redirect: after the provider's cross-site redirect the browser would not send
        // the SameSite=Strict session cookie on a redirect chain; a navigation from this page it sends.
        String next = SafeText.html(started.next());
        ctx.header("Cache-Control", "no-store").header("Content-Security-Policy", "default-src 'none'")
                .contentType("text/html; charset=utf-8")
                .result("<!doctype html><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0;url=" + next + "\">"
                        + "<a id=\"continue\" href=\"" + next + "\">" + SafeText.html(Messages.text(Messages.languageOf(ctx), "login.sso.continue"))
                        + "</a>");
    }

    /** The code exchanged for tokens at the provider, and the ID token checked; empty (logged) when anything is wrong. */
    private Optional<IDTokenClaimsSet> idToken(AuthorizationCode code, Pending started) throws IOException, GeneralException {
        OIDCProviderMetadata metadata = provider();
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, settings.redirectUri(), started.verifier());
        ClientID client = new ClientID(settings.clientId());
        TokenRequest request = settings.clientSecret() == null
                ? new TokenRequest(metadata.getTokenEndpointURI(), client, grant)
                : new TokenRequest(metadata.getTokenEndpointURI(), new ClientSecretBasic(client, new Secret(settings.clientSecret())), grant);
        TokenResponse response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
        if (!response.indicatesSuccess()) {
            LOG.warn("The provider's token endpoint refused the code: {}", SafeText.line(String.valueOf(
                    response.toErrorResponse().getErrorObject().getCode())));
            return Optional.empty();
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        try {
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), client, JWSAlgorithm.RS256,
                    metadata.getJWKSetURI().toURL());
            return Optional.of(validator.validate(idToken, started.nonce()));
        } catch (Exception invalid) { // BadJOSEException, JOSEException: a token we must not trust
            LOG.warn("An ID token failed validation: {}", SafeText.line(String.valueOf(invalid.getMessage())));
            return Optional.empty();
        }
    }

    /** The provider's endpoints and keys, from its discovery document, fetched on the first sign-in. */
    private OIDCProviderMetadata provider() throws IOException, GeneralException {
        OIDCProviderMetadata metadata = provider;
        if (metadata == null) {
            metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()));
            provider = metadata;
        }
        return metadata;
    }

    /** A groups claim is a list of names, or one name. */
    static Collection<String> groups(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    private void forgetExpired() {
        Instant oldest = clock.instant().minus(PENDING_FOR);
        pending.values().removeIf(p -> p.started().isBefore(oldest));
    }

    private boolean secure(Context ctx) {
        return behindTlsProxy || "https".equalsIgnoreCase(ctx.scheme());
    }

    /** The link the login page shows when single sign-on is set up. */
    static String link(String next) {
        return PATH + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }
}
