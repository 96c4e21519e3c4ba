package cn.zhicheng.web.shell;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.servlet.http.Cookie;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.zhicheng.application.LoginOutcome;
import cn.zhicheng.application.account.ChallengeAnswer;
import cn.zhicheng.application.account.ChallengeService;
import cn.zhicheng.domain.model.party.AccountType;
import cn.zhicheng.web.security.LoginAttempt;

/**
 * The login page (manual 1.4.4): two tabs, 个人登录 and 单位登录, each its own form. The tab and the client's
 * address go to the identity store through {@link LoginAttempt}; the store's outcome is the message shown.
 */
@Named
@RequestScoped
public class LoginView {

    static final String UNIT_FORM = "unit-form";
    /** The browser's own key (a random cookie): the challenge comes after two failures from the same client. */
    static final String CLIENT_COOKIE = "zc-client";
    private static final Pattern CLIENT_KEY = Pattern.compile("[0-9a-f-]{36}");

    @EJB
    ChallengeService challenges;

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginAttempt attempt;

    @Inject
    SessionUser sessionUser;

    @Inject
    Clock clock;

    @Inject
    LocaleView localeView;

    private AccountType tab = AccountType.PERSONAL;
    private String personalUsername;
    private String personalPassword;
    private String unitUsername;
    private String unitPassword;
    private String challengeToken;
    private String challengeAnswer;
    private Boolean challengeRequired;
    private String typedUsername;

    @PostConstruct
    void chooseTab() {
        // A posted unit form, or a link to ?tab=unit, shows the unit tab; everything else the personal one.
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (params.containsKey(UNIT_FORM) || "unit".equals(params.get("tab"))) {
            tab = AccountType.UNIT;
        }
    }

    /** On a GET: someone already logged in goes home; a redirect from logout or an expired page says why. */
    public void onLoad() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (sessionUser.isLoggedIn() && securityContext.getCallerPrincipal() != null) {
            external.redirect(external.getRequestContextPath() + sessionUser.getLandingPage());
            return;
        }
        Map<String, String> params = external.getRequestParameterMap();
        if (params.containsKey("expired")) {
            inform(faces, FacesMessage.SEVERITY_WARN, "login.expired");
        } else if (params.containsKey("loggedOut")) {
            inform(faces, FacesMessage.SEVERITY_INFO, "login.loggedOut");
        } else if (params.containsKey("registered")) {
            inform(faces, FacesMessage.SEVERITY_INFO, "login.registered");
            String name = params.get("registered");
            if (tab == AccountType.UNIT) {
                unitUsername = name;
            } else {
                personalUsername = name;
            }
        } else if (params.containsKey("passwordReset")) {
            inform(faces, FacesMessage.SEVERITY_INFO, "login.passwordReset");
        } else if (params.containsKey("ended")) {
            inform(faces, FacesMessage.SEVERITY_WARN, "login.sessionEnded");
        }
        clientKey();
    }

    /** Whether this form must show the challenge: two failures for the typed name or from this browser. */
    public boolean isChallengeRequired() {
        if (challengeRequired == null) {
            String name = typedUsername;
            if (name == null) {
                // while the posted form is decoded, before the action: the name as posted
                Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
                name = params.getOrDefault("personal-username", params.get("unit-username"));
            }
            challengeRequired = challenges.requiredForLogin(name, clientKey());
        }
        return challengeRequired;
    }

    /** The token of the picture to show (a new challenge when none is open for this render). */
    public String getChallengeToken() {
        // issued only to draw the page (a postback's validation also reads the value)
        if (challengeToken == null && FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE
                && isChallengeRequired()) {
            challengeToken = challenges.issue();
        }
        return challengeToken;
    }

    public void setChallengeToken(String challengeToken) {
        this.challengeToken = challengeToken;
    }

    public String getChallengeAnswer() {
        return null; // never echoed
    }

    public void setChallengeAnswer(String challengeAnswer) {
        this.challengeAnswer = challengeAnswer;
    }

    /** The zc-client cookie's value, set on the response when the browser has none yet. */
    private String clientKey() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (CLIENT_COOKIE.equals(cookie.getName()) && CLIENT_KEY.matcher(cookie.getValue()).matches()) {
                    return cookie.getValue();
                }
            }
        }
        Object issued = request.getAttribute(CLIENT_COOKIE);
        if (issued != null) {
            return (String) issued;
        }
        String key = UUID.randomUUID().toString();
        request.setAttribute(CLIENT_COOKIE, key);
        external.addResponseCookie(CLIENT_COOKIE, key, Map.of("maxAge", 30 * 24 * 3600, "httpOnly", true,
                "path", external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath(),
                "secure", request.isSecure()));
        return key;
    }

    public String loginPersonal() throws IOException {
        return login(AccountType.PERSONAL, personalUsername, personalPassword);
    }

    public String loginUnit() throws IOException {
        return login(AccountType.UNIT, unitUsername, unitPassword);
    }

    private String login(AccountType type, String username, String password) throws IOException {
        tab = type;
        typedUsername = username;
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String client = clientKey();

        // a missing or wrong answer is refused before the password is looked at, and not counted as a failure
        if (isChallengeRequired()) {
            boolean right = challenges.verify(new ChallengeAnswer(challengeToken, challengeAnswer), username,
                    request.getRemoteAddr());
            challengeToken = null;
            if (!right) {
                inform(faces, FacesMessage.SEVERITY_ERROR, "login.challengeWrong");
                return null;
            }
        }

        // The address of the TCP peer: X-Forwarded-For is whatever the client chose to send.
        attempt.prepare(type, request.getRemoteAddr(), client);
        request.getSession(true);
        request.changeSessionId(); // session fixation: Soteria keeps the id it was given
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));

        LoginOutcome outcome = attempt.outcome();
        if (outcome != null && outcome.succeeded()) {
            sessionUser.signIn(outcome, LocalDateTime.now(clock));
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // back to the page that asked for a login
            case SUCCESS -> external.redirect(external.getRequestContextPath() + sessionUser.getLandingPage());
            default -> {
                response.setStatus(HttpServletResponse.SC_OK);
                challengeRequired = null; // this failure may be the second
                challengeToken = null;
                if (outcome == null) {
                    inform(faces, FacesMessage.SEVERITY_ERROR, "login.failed");
                } else {
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            outcome.message(localeView.getLocale()), null));
                }
            }
        }
        return null;
    }

    private void inform(FacesContext faces, FacesMessage.Severity severity, String key) {
        faces.addMessage(null, new FacesMessage(severity, localeView.bundle().getString(key), null));
    }

    public boolean isUnitTab() {
        return tab == AccountType.UNIT;
    }

    public String getPersonalUsername() {
        return personalUsername;
    }

    public void setPersonalUsername(String personalUsername) {
        this.personalUsername = personalUsername;
    }

    public String getPersonalPassword() {
        return personalPassword;
    }

    public void setPersonalPassword(String personalPassword) {
        this.personalPassword = personalPassword;
    }

    public String getUnitUsername() {
        return unitUsername;
    }

    public void setUnitUsername(String unitUsername) {
        this.unitUsername = unitUsername;
    }

    public String getUnitPassword() {
        return unitPassword;
    }

    public void setUnitPassword(String unitPassword) {
        this.unitPassword = unitPassword;
    }
}
