package cn.zhicheng.web.account;

import java.io.Serializable;

import cn.zhicheng.application.account.ChallengeAnswer;
import cn.zhicheng.application.account.ChallengeService;

/**
 * A form's challenge: the token of the picture shown (a new one after every answer) and what was typed. Small and
 * Serializable: the answer itself stays in the database.
 */
public class ChallengeField implements Serializable {

    private static final long serialVersionUID = 1L;

    private String token;
    private String answer;

    void renew(ChallengeService challenges) {
        token = challenges.issue();
        answer = null;
    }

    ChallengeAnswer answer() {
        return new ChallengeAnswer(token, answer);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
