package cn.zhicheng.application.account;

import java.io.Serializable;

/** The token of a challenge picture and what the user typed for it. */
public record ChallengeAnswer(String token, String answer) implements Serializable {
}
