/** Registration, recovery, the password change, the challenge picture and the session guard (accounts, issue 9). */
package cn.zhicheng.web.account;
