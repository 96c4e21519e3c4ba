package cn.zhicheng.web.account;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.account.AccountService;
import cn.zhicheng.application.account.ChallengeService;
import cn.zhicheng.application.account.IndividualRegistration;
import cn.zhicheng.application.account.UnitRegistration;
import cn.zhicheng.domain.model.account.AccountRefusal;
import cn.zhicheng.web.shell.LocaleView;

/**
 * 注册 (SPEC §10): 个人注册 or 单位注册 (?tab=unit). 获取验证码 answers the challenge and sends the code to the phone; 注册
 * creates the account with that code. Every rule is the service's; refusals appear next to their fields.
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AccountService accounts;

    @EJB
    transient ChallengeService challenges;

    @Inject
    LocaleView localeView;

    private boolean unit;
    private final ChallengeField challenge = new ChallengeField();
    private String name;
    private String idNumber;
    private String phone;
    private String username;
    private String password;
    private String confirmPassword;
    private String code;
    private String unitName;
    private String creditCode;
    private String address;

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        unit = "unit".equals(params.get("tab"));
        challenge.renew(challenges);
    }

    public void sendCode() {
        try {
            FormMessages.info(accounts.sendRegistrationCode(phone, challenge.answer(), FormMessages.remoteAddress()));
        } catch (AccountRefusal refused) {
            FormMessages.refused("reg-", refused, localeView.getLocale());
        } finally {
            challenge.renew(challenges);
        }
    }

    public void register() throws IOException {
        try {
            String created = unit
                    ? accounts.registerUnit(new UnitRegistration(unitName, creditCode, address, name, idNumber, phone,
                            username, password, confirmPassword, code), FormMessages.remoteAddress())
                    : accounts.registerIndividual(new IndividualRegistration(name, idNumber, phone, username, password,
                            confirmPassword, code), FormMessages.remoteAddress());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml?registered="
                    + URLEncoder.encode(created, StandardCharsets.UTF_8) + (unit ? "&tab=unit" : ""));
        } catch (AccountRefusal refused) {
            FormMessages.refused("reg-", refused, localeView.getLocale());
        }
    }

    public boolean isUnit() {
        return unit;
    }

    public ChallengeField getChallenge() {
        return challenge;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
