package io.spotguard.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.spotguard.model.ErrorCodes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;

/**
 * Access tokens: RFC 7519 JWTs signed HS256 with a key id, short-lived. Refresh tokens: 256 random bits,
 * handed out once and stored only as their SHA-256 hash.
 */
public final class TokenService {
    static final String ISSUER = "spotguard";
    private static final int MAX_TOKEN_LENGTH = 4096;
    private static final int VERIFIED_CACHE_SIZE = 10_000;
    private final SigningKeys keys;
    private final Duration accessTtl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /**
     * Tokens whose signature and claims were already checked, with their expiry. Parsing and MAC-checking a JWT
     * costs more than the rest of a small request; a token is presented many times in its 15 minutes. Only the
     * exact token string hits, expiry is still checked on every use, and session state is never cached.
     */
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(AccessClaims claims, Instant expiry) {
    }

    public TokenService(SigningKeys keys, Duration accessTtl, Clock clock) {
        this.keys = keys;
        this.accessTtl = accessTtl;
        this.clock = clock;
    }

    /** What a valid access token says. Whether its session still stands is the provider's next question. */
    public record AccessClaims(String userId, String orgId, String sessionId, String deviceId) {
    }

    /** Why a token was refused; {@code code} is the problem code the client sees. */
    public static final class TokenRejected extends Exception {
        private final String code;

        TokenRejected(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public Duration accessTtl() {
        return accessTtl;
    }

    public String issueAccessToken(String userId, String orgId, String sessionId, String deviceId) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(userId)
                .claim("org", orgId)
                .claim("sid", sessionId)
                .claim("did", deviceId)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(accessTtl)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID(keys.activeKid()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new MACSigner(keys.activeKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
        return jwt.serialize();
    }

    public AccessClaims verify(String token) throws TokenRejected {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new TokenRejected(ErrorCodes.TOKEN_INVALID, "token too long");
        }
        Verified known = verified.get(token);
        if (known != null) {
            if (!clock.instant().isBefore(known.expiry())) {
                verified.remove(token);
                throw new TokenRejected(ErrorCodes.TOKEN_EXPIRED, "expired");
            }
            return known.claims();
        }
        Verified checked = verifySignatureAndClaims(token);
        if (verified.size() >= VERIFIED_CACHE_SIZE) {
            verified.clear();
        }
        verified.put(token, checked);
        return checked.claims();
    }

    private Verified verifySignatureAndClaims(String token) throws TokenRejected {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            throw new TokenRejected(ErrorCodes.TOKEN_INVALID, "not a signed JWT");
        }
        // Only our algorithm: "none", RS/ES (key confusion) and every other choice an attacker makes are refused.
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new TokenRejected(ErrorCodes.TOKEN_INVALID, "algorithm not allowed");
        }
        byte[] key = keys.key(jwt.getHeader().getKeyID())
                .orElseThrow(() -> new TokenRejected(ErrorCodes.TOKEN_INVALID, "unknown key id"));
        try {
            if (!jwt.verify(new MACVerifier(key))) {
                throw new TokenRejected(ErrorCodes.TOKEN_INVALID, "bad signature");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (expiry == null || !clock.instant().isBefore(expiry.toInstant())) {
                throw new TokenRejected(ErrorCodes.TOKEN_EXPIRED, "expired");
            }
            String userId = claims.getSubject();
            String orgId = claims.getStringClaim("org");
            String sessionId = claims.getStringClaim("sid");
            if (!ISSUER.equals(claims.getIssuer()) || userId == null || orgId == null || sessionId == null) {
                throw new TokenRejected(ErrorCodes.TOKEN_INVALID, "claims missing");
            }
            return new Verified(new AccessClaims(userId, orgId, sessionId, claims.getStringClaim("did")),
                    expiry.toInstant());
        } catch (JOSEException | ParseException e) {
            throw new TokenRejected(ErrorCodes.TOKEN_INVALID, "unverifiable");
        }
    }

    public String newRefreshToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hashRefreshToken(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
