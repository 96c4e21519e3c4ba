package cn.zhicheng.web.individual;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.zhicheng.application.MyProfile;
import cn.zhicheng.application.ProfileRefusedException;
import cn.zhicheng.application.ProfileService;
import cn.zhicheng.web.shell.LocaleView;

/** 个人信息: the real-name facts read-only; 联系电话, 电子邮箱, 联系地址 edited, 邮件提醒 chosen; a refusal next to its field. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProfileService profiles;

    @Inject
    LocaleView localeView;

    private MyProfile profile;
    private String phone;
    private String email;
    private String address;
    private boolean emailOptIn;

    public void load() {
        if (profile == null) {
            show(profiles.myProfile());
            emailOptIn = profiles.emailOptIn();
        }
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(profiles.saveContact(phone, email, address, emailOptIn));
            faces.addMessage("profile-messages", new FacesMessage(FacesMessage.SEVERITY_INFO,
                    localeView.bundle().getString("profile.saved"), null));
        } catch (ProfileRefusedException refused) {
            faces.addMessage("profile-" + refused.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    refused.message(localeView.getLocale()), null));
            faces.validationFailed();
        }
    }

    private void show(MyProfile p) {
        profile = p;
        phone = p.phone();
        email = p.email();
        address = p.address();
    }

    public MyProfile getProfile() {
        return profile;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isEmailOptIn() {
        return emailOptIn;
    }

    public void setEmailOptIn(boolean emailOptIn) {
        this.emailOptIn = emailOptIn;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
